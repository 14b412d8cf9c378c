using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Exhibitions;

/// <summary>
/// <c>profd exhibition export ID --out DIR</c>: writes a published exhibition as a self-contained package (see
/// <see cref="ExhibitionPackage"/>), reading the document and credential through the gateway and every uploaded media
/// file from the exhibition's home node, each checked against the SHA-256 the document states.
/// </summary>
internal sealed class ExhibitionExportCommand : Command
{
    public const string Document = """
        query ExportExhibition($id: ID!) {
          exhibition(id: $id) { id title status document award { id revoked credential } }
          institutions(first: 100) { nodes { code endpoint } }
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly Argument<string> _id = new("id")
    {
        Description = "The exhibition's global ID, such as uclioe:Exhibition:01JD3V7Q2Y8K5M4N6P9R0S1T2V.",
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "The folder to write the package into; created if needed.",
        HelpName = "DIR",
        Required = true,
    };

    private readonly Option<string> _gateway = GatewayAddress.Option();

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the package's manifest (package.json) as JSON for scripts.",
    };

    public ExhibitionExportCommand()
        : base("export", "Write an exhibition as a package: its common-format document, every uploaded media file and its award's credential; progress on stderr.")
    {
        Add(_id);
        Add(_out);
        Add(_gateway);
        Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var id = parsed.GetRequiredValue(_id);
        var folder = Path.GetFullPath(parsed.GetRequiredValue(_out));
        var gateway = GatewayAddress.Parse(parsed.GetRequiredValue(_gateway));
        var progress = parsed.InvocationConfiguration.Error;
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };

        var answer = await GraphQLCall.PostAsync(http, gateway.GraphQL, Document, new JsonObject { ["id"] = id }, cancellationToken);
        var data = answer.RequireData(gateway.GraphQL);
        var exhibition = data["exhibition"] as JsonObject
            ?? throw new CliFailure(ExitCodes.Failure, answer.Errors.Count > 0 ? $"{id}: {answer.ErrorLine}" : $"There is no exhibition {id} that you may read.");
        var documentText = exhibition["document"]?.GetValue<string>()
            ?? throw new CliFailure(ExitCodes.Failure, $"{id} is {exhibition["status"]} and has no document to export.");
        var institution = id.Split(':')[0];
        var endpoint = (data["institutions"]?["nodes"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(n => n["code"]?.GetValue<string>() == institution)?["endpoint"]?.GetValue<string>()
            ?? throw new CliFailure(ExitCodes.Failure, $"The trust's registry has no node for {institution}, where {id}'s media are.");
        var node = GatewayAddress.Parse(endpoint).Root;

        Directory.CreateDirectory(Path.Combine(folder, ExhibitionPackage.MediaFolder));
        await File.WriteAllTextAsync(Path.Combine(folder, ExhibitionPackage.Document), documentText, cancellationToken);
        var credential = exhibition["award"]?["credential"]?.GetValue<string>();
        if (credential is not null) await File.WriteAllTextAsync(Path.Combine(folder, ExhibitionPackage.Credential), credential, cancellationToken);

        var uploads = Uploads(documentText);
        var download = new MediaDownload(http, progress);
        var media = new JsonArray();
        for (var i = 0; i < uploads.Count; i++)
        {
            var (url, sha256, contentType) = uploads[i];
            var label = $"media {i + 1}/{uploads.Count} ({contentType ?? "file"})";
            await progress.WriteLineAsync($"Downloading {label} from {node}{url.TrimStart('/')}");
            var size = await download.CopyAsync(new Uri(node, url.TrimStart('/')), Path.Combine(folder, ExhibitionPackage.MediaFile(sha256)), sha256, label, cancellationToken);
            await progress.WriteLineAsync($"  {label}: {MediaDownload.Size(size)}, SHA-256 checked.");
            media.Add(new JsonObject { ["url"] = url, ["file"] = ExhibitionPackage.MediaFile(sha256), ["sha256"] = sha256, ["contentType"] = contentType, ["sizeBytes"] = size });
        }

        var manifest = new JsonObject
        {
            ["format"] = ExhibitionPackage.Format,
            ["exhibition"] = id,
            ["title"] = exhibition["title"]?.DeepClone(),
            ["status"] = exhibition["status"]?.DeepClone(),
            ["institution"] = institution,
            ["node"] = node.ToString(),
            ["exportedAt"] = TimeProvider.System.GetUtcNow().ToString("O"),
            ["document"] = ExhibitionPackage.Document,
            ["credential"] = credential is null ? null : ExhibitionPackage.Credential,
            ["media"] = media,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, ExhibitionPackage.Manifest), manifest.ToJsonString(Indented), cancellationToken);
        await parsed.InvocationConfiguration.Output.WriteLineAsync(parsed.GetValue(_json)
            ? manifest.ToJsonString(Indented)
            : $"Exported {id} to {folder}: the document, {uploads.Count} media file(s){(credential is null ? "" : " and the credential")}.");
        return ExitCodes.Ok;
    }

    /// <summary>The document's media kept on the home node (a path there, such as /media/{id}, and a SHA-256), each file once.</summary>
    private static List<(string Url, string Sha256, string? ContentType)> Uploads(string documentText)
    {
        JsonObject? document;
        try
        {
            document = JsonNode.Parse(documentText) as JsonObject;
        }
        catch (JsonException)
        {
            document = null;
        }
        if (document is null) throw new CliFailure(ExitCodes.Failure, "The home node's document is not a JSON object.");
        return (document["media"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(m => (Url: m["url"]?.GetValue<string>(), Sha256: m["sha256"]?.GetValue<string>(), ContentType: m["contentType"]?.GetValue<string>()))
            .Where(m => m.Url is not null && m.Sha256 is not null && !Uri.IsWellFormedUriString(m.Url, UriKind.Absolute))
            .DistinctBy(m => m.Sha256)
            .Select(m => (m.Url!, m.Sha256!, m.ContentType))
            .ToList();
    }
}
