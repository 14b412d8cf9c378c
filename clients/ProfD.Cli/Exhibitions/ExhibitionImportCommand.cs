using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Login;

namespace ProfD.Cli.Exhibitions;

/// <summary>
/// <c>profd exhibition import PACKAGE --node URL --candidate ID</c>: brings an exported package to another
/// institution's node as the logged-in person. Every file is checked against its SHA-256 before anything is sent, then
/// uploaded to the node's <c>/media</c>, then <c>importExhibition</c> makes the draft in one step, so a package that
/// fails its checks leaves the node unchanged (files already uploaded are only bytes, used by nothing).
/// </summary>
internal sealed class ExhibitionImportCommand : Command
{
    public const string Document = """
        mutation ImportExhibition($candidateId: ID!, $document: String!) {
          importExhibition(candidateId: $candidateId, document: $document) {
            id title status importedFrom media { mediaId sha256 }
          }
        }
        """;

    private readonly Argument<string> _package = new("package")
    {
        Description = "The package's folder, as 'profd exhibition export' wrote it.",
    };

    private readonly Option<string?> _node = NodeAddress.Option("The receiving institution's node (its address or /graphql endpoint).", required: true);

    private readonly Option<string> _candidate = new("--candidate")
    {
        Description = "The candidate at the receiving institution whose draft it becomes, such as unimelb:Candidate:01JD….",
        HelpName = "ID",
        Required = true,
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the new draft (its ID, status, importedFrom and media) as JSON for scripts.",
    };

    public ExhibitionImportCommand()
        : base("import", "Bring an exported exhibition package to another institution's node as a draft for one of its candidates, as the logged-in person; progress on stderr.")
    {
        Add(_package);
        Add(_node);
        Add(_candidate);
        Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(parsed.GetRequiredValue(_package));
        var node = GatewayAddress.Parse(parsed.GetValue(_node)!).Root;
        var candidate = parsed.GetRequiredValue(_candidate);
        var progress = parsed.InvocationConfiguration.Error;

        var (document, media) = await ReadPackageAsync(folder, cancellationToken);
        for (var i = 0; i < media.Count; i++)
        {
            await progress.WriteLineAsync($"Checking media {i + 1}/{media.Count} ({media[i].ContentType ?? "file"})");
            await CheckAsync(media[i], cancellationToken);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        var login = await new LoginSession(LoginStore.ForCurrentUser(), new DeviceFlowLogin(http, TimeProvider.System), TimeProvider.System)
            .CurrentAsync(cancellationToken);
        var upload = new MediaUpload(http, progress, login.AccessToken);
        for (var i = 0; i < media.Count; i++)
        {
            var label = $"media {i + 1}/{media.Count} ({media[i].ContentType ?? "file"})";
            await progress.WriteLineAsync($"Uploading {label} to {node}media");
            await upload.SendAsync(new Uri(node, "media"), media[i].Path, media[i].Sha256, media[i].ContentType, label, cancellationToken);
        }

        var endpoint = new Uri(node, "graphql");
        var answer = await GraphQLCall.PostAsync(http, endpoint, Document,
            new JsonObject { ["candidateId"] = candidate, ["document"] = document }, cancellationToken, login.AccessToken);
        var imported = answer.RequireData(endpoint)["importExhibition"] as JsonObject
            ?? throw new CliFailure(ExitCodes.Failure, $"{endpoint}: {answer.ErrorLine}");

        var output = parsed.InvocationConfiguration.Output;
        if (parsed.GetValue(_json))
            await output.WriteLineAsync(imported.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        else
            await output.WriteLineAsync($"Imported {imported["importedFrom"]} into {node} as {imported["id"]}, a {imported["status"]} for {candidate}, with {media.Count} media file(s).");
        return ExitCodes.Ok;
    }

    private static async Task<(string Document, List<PackagedMedia> Media)> ReadPackageAsync(string folder, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, ExhibitionPackage.Manifest);
        if (!File.Exists(manifestPath)) throw new CliFailure(ExitCodes.Failure, $"{folder} is not an exhibition package: it has no {ExhibitionPackage.Manifest}.");
        JsonObject manifest;
        string document;
        try
        {
            manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath, cancellationToken)) as JsonObject
                ?? throw new CliFailure(ExitCodes.Failure, $"{manifestPath} is not a JSON object.");
            document = await File.ReadAllTextAsync(Path.Combine(folder, ExhibitionPackage.Document), cancellationToken);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(ExitCodes.Failure, $"Could not read the package in {folder}: {e.Message}");
        }
        if (manifest["format"]?.GetValue<string>() != ExhibitionPackage.Format)
            throw new CliFailure(ExitCodes.Failure, $"{manifestPath} is not a {ExhibitionPackage.Format} manifest.");

        var media = new List<PackagedMedia>();
        foreach (var entry in (manifest["media"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var sha256 = entry["sha256"]?.GetValue<string>();
            var file = entry["file"]?.GetValue<string>();
            if (sha256 is null || file is null || file != ExhibitionPackage.MediaFile(sha256))
                throw new CliFailure(ExitCodes.Failure, $"{manifestPath} names a media file as '{file}' for SHA-256 '{sha256}'; expected {ExhibitionPackage.MediaFolder}/<sha256>.");
            media.Add(new PackagedMedia(Path.Combine(folder, file), sha256, entry["contentType"]?.GetValue<string>()));
        }
        return (document, media);
    }

    private static async Task CheckAsync(PackagedMedia media, CancellationToken cancellationToken)
    {
        if (!File.Exists(media.Path)) throw new CliFailure(ExitCodes.Failure, $"The package lacks {media.Path}.");
        await using var file = File.OpenRead(media.Path);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        if (actual != media.Sha256)
            throw new CliFailure(ExitCodes.Failure, $"{media.Path} has SHA-256 {actual}, not {media.Sha256} as the package says; nothing was sent.");
    }

    private sealed record PackagedMedia(string Path, string Sha256, string? ContentType);
}
