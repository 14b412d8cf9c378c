using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Credentials;

/// <summary><c>profd credential verify</c> as a real process, with a credential of the demo federation, through the gateway or at the node.</summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed class CredentialVerifyCommandProcessTests(DemoFederationProcess demo) : IDisposable
{
    private readonly TempDirectory _home = new();

    [Fact]
    public async Task A_published_award_credential_is_valid_through_the_gateway()
    {
        var (file, _) = await CredentialFileAsync(c => c);

        using var profd = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", file, "--gateway", demo.Gateway);

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        Assert.Matches(@"^VALID: Prof\.D awarded to .+ by unimelb:Institution:unimelb \(award unimelb:Award:\w+, signed with key .+\)\.\n$", profd.StandardOutput.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_issuing_node_answers_directly_with_node_and_json_gives_the_whole_verification()
    {
        var (file, awardId) = await CredentialFileAsync(c => c);
        var institutions = await demo.GatewayAsync("{ institutions(first: 100) { nodes { code endpoint } } }", null);
        var node = institutions.GetProperty("data").GetProperty("institutions").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("code").GetString() == "unimelb").GetProperty("endpoint").GetString()!;

        using var profd = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", file, "--node", node, "--json");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var verification = JsonDocument.Parse(profd.StandardOutput).RootElement;
        Assert.Equal("VALID", verification.GetProperty("status").GetString());
        Assert.Equal(awardId, verification.GetProperty("awardId").GetString());
    }

    [Fact]
    public async Task A_credential_changed_after_signing_is_invalid_with_the_reason_and_exits_1()
    {
        var (file, _) = await CredentialFileAsync(c =>
        {
            c["credentialSubject"]!["name"] = "Someone Else";
            return c;
        });

        using var profd = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", file, "--gateway", demo.Gateway);

        Assert.Equal(1, profd.ExitCode);
        Assert.Matches(@"^INVALID: \S.+\n$", profd.StandardOutput.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_file_that_is_no_credential_is_invalid()
    {
        var file = _home.Combine("notes.json");
        await File.WriteAllTextAsync(file, "not json at all");

        using var profd = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", file, "--gateway", demo.Gateway);

        Assert.Equal(1, profd.ExitCode);
        Assert.StartsWith("INVALID: ", profd.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_exits_1_with_one_line()
    {
        using var profd = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", _home.Combine("missing.json"));

        Assert.Equal(1, profd.ExitCode);
        Assert.StartsWith("profd: Could not read ", profd.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_and_gateway_together_are_a_usage_error()
    {
        using var profd = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", "x.json", "--node", "http://127.0.0.1:1", "--gateway", "http://127.0.0.1:2");

        Assert.Equal(2, profd.ExitCode);
        Assert.Contains("Give --node or --gateway, not both.", profd.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _home.Dispose();

    /// <summary>A standing award's credential from unimelb, changed by <paramref name="change"/>, in a file; and the award's ID.</summary>
    private async Task<(string File, string AwardId)> CredentialFileAsync(Func<JsonObject, JsonObject> change)
    {
        await GatewayReadiness.WaitForNodesAsync(demo);
        var response = await demo.GatewayAsync(
            "{ exhibitions(first: 50, institutions: [\"unimelb\"], where: { status: { eq: PUBLISHED } }) { nodes { award { id revoked credential } } } }", null);
        var award = response.GetProperty("data").GetProperty("exhibitions").GetProperty("nodes").EnumerateArray()
            .Select(e => e.GetProperty("award"))
            .First(a => a.ValueKind == JsonValueKind.Object && !a.GetProperty("revoked").GetBoolean() && a.GetProperty("credential").ValueKind == JsonValueKind.String);
        var credential = change(JsonNode.Parse(award.GetProperty("credential").GetString()!)!.AsObject());
        var file = _home.Combine($"credential-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, credential.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return (file, award.GetProperty("id").GetString()!);
    }
}
