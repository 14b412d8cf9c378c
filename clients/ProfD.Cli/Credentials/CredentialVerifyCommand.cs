using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Credentials;

/// <summary>
/// <c>profd credential verify FILE</c>: asks the issuing node (directly with <c>--node</c>, else through the gateway)
/// whether a credential is authentic, unchanged and not revoked, and says so in one line.
/// </summary>
internal sealed class CredentialVerifyCommand : Command
{
    public const string Document = """
        query VerifyCredential($credential: String!, $node: String) {
          verifyCredential(credential: $credential, node: $node) {
            status valid reason keyId awardId issuerId subjectName achievement revokedAt
          }
        }
        """;

    // A node serves one institution, so its schema has no node argument to route by.
    public const string NodeDocument = """
        query VerifyCredential($credential: String!) {
          verifyCredential(credential: $credential) {
            status valid reason keyId awardId issuerId subjectName achievement revokedAt
          }
        }
        """;

    private readonly Argument<string> _file = new("file")
    {
        Description = "The credential: a JSON file (Award.credential as the node gave it), or '-' to read it from standard input.",
    };

    private readonly Option<string?> _node = NodeAddress.Option("Ask this node (its address or /graphql endpoint) directly instead of going through the gateway.");

    private readonly Option<string> _gateway = GatewayAddress.Option();

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the node's whole verification as JSON for scripts.",
    };

    public CredentialVerifyCommand()
        : base("verify", "Check an award credential with the node that issued it: print VALID, INVALID or REVOKED with the reason; exit 1 unless VALID.")
    {
        Add(_file);
        Add(_node);
        Add(_gateway);
        Add(_json);
        Validators.Add(result =>
        {
            if (result.GetResult(_node) is { Implicit: false } && result.GetResult(_gateway) is { Implicit: false })
                result.AddError("Give --node or --gateway, not both.");
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var credential = await ReadAsync(parsed.GetRequiredValue(_file), cancellationToken);
        var output = parsed.InvocationConfiguration.Output;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        Uri endpoint;
        JsonObject variables = new() { ["credential"] = credential };
        string document;
        if (parsed.GetValue(_node) is { } node)
        {
            endpoint = GatewayAddress.Parse(node).GraphQL;
            document = NodeDocument;
        }
        else
        {
            endpoint = GatewayAddress.Parse(parsed.GetRequiredValue(_gateway)).GraphQL;
            document = Document;
            var issuer = IssuingInstitution(credential);
            if (issuer is null)
            {
                // The gateway needs the issuer's code to route; without one there is nothing a node could check.
                await output.WriteLineAsync("INVALID: the file is not a credential that names its issuer (an \"id\" such as uclioe:Award:…).");
                return ExitCodes.Failure;
            }
            variables["node"] = issuer;
        }

        var answer = await GraphQLCall.PostAsync(http, endpoint, document, variables, cancellationToken);
        var verification = answer.RequireData(endpoint)["verifyCredential"] as JsonObject
            ?? throw new CliFailure(ExitCodes.Failure, $"{endpoint}: {answer.ErrorLine}");
        if (parsed.GetValue(_json)) await output.WriteLineAsync(verification.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        else await output.WriteLineAsync(Describe(verification));
        return verification["valid"]?.GetValue<bool>() == true ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>One line: the status, then what was awarded to whom by whom, or why not.</summary>
    internal static string Describe(JsonObject verification)
    {
        var status = verification["status"]?.ToString() ?? "INVALID";
        var what = $"{verification["achievement"] ?? "a title"} awarded to {verification["subjectName"] ?? "someone"} by {verification["issuerId"] ?? "an unknown issuer"}";
        return status switch
        {
            "VALID" => $"VALID: {what} (award {verification["awardId"]}, signed with key {verification["keyId"]}).",
            "REVOKED" => $"REVOKED: {what}, revoked at {verification["revokedAt"]}: {verification["reason"]}",
            _ => $"{status}: {verification["reason"] ?? "no reason given"}",
        };
    }

    /// <summary>The code of the institution that issued <paramref name="credential"/>: the first segment of its global ID.</summary>
    internal static string? IssuingInstitution(string credential)
    {
        try
        {
            var document = JsonNode.Parse(credential) as JsonObject;
            var id = document?["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text
                : document?["issuer"]?["id"] is JsonValue issuer && issuer.TryGetValue<string>(out var issuerId) ? issuerId : null;
            var code = id?.Split(':')[0];
            return string.IsNullOrWhiteSpace(code) || code == id ? null : code;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (file == "-") return await Console.In.ReadToEndAsync(cancellationToken);
        try
        {
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(ExitCodes.Failure, $"Could not read {file}: {e.Message}");
        }
    }
}
