using System.Security.Cryptography;
using System.Text.Json;
using ProfD.Cli.Login;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Exhibitions;

/// <summary>
/// Work moving between institutions, as real processes: <c>profd exhibition export</c> of a published exhibition
/// at uclioe's node, then <c>profd exhibition import</c> of the package into unimelb's node as its admin (logged in
/// through the hub in Chromium). The draft holds byte-identical media and the package's credential still verifies.
/// </summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed class ExhibitionRoundTripProcessTests(DemoFederationProcess demo) : IDisposable
{
    private readonly TempDirectory _home = new();

    [Fact]
    public async Task Export_then_import_to_another_node_keeps_every_media_byte_and_the_credential_verifies()
    {
        await GatewayReadiness.WaitForNodesAsync(demo);
        var original = await PublishedWithUploadsAsync("uclioe");
        var package = _home.Combine("package");

        using var export = await ProfdProcess.RunAsync(_home.Path, "exhibition", "export", original, "--out", package, "--gateway", demo.Gateway, "--json");
        Assert.True(export.ExitCode == 0, export.Transcript);
        Assert.Equal(original, JsonDocument.Parse(export.StandardOutput).RootElement.GetProperty("exhibition").GetString());

        var token = await BrowserLogin.AccessTokenAsync(demo.Hub, demo.ThirdPartyWebPort, "unimelb", "admin@unimelb.demo", demo.Password);
        await new LoginStore(_home.Path).SaveAsync(
            new StoredLogin { Hub = demo.Hub.ToString(), AccessToken = token, ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(30) }, CancellationToken.None);
        var candidate = await CandidateFreeToStartAsync("unimelb", token);
        var unimelb = await EndpointOfAsync("unimelb");

        using var import = await ProfdProcess.RunAsync(_home.Path, Home(), "exhibition", "import", package, "--node", unimelb, "--candidate", candidate, "--json");

        Assert.True(import.ExitCode == 0, import.Transcript);
        var draft = JsonDocument.Parse(import.StandardOutput).RootElement;
        Assert.StartsWith("unimelb:Exhibition:", draft.GetProperty("id").GetString());
        Assert.Equal(("DRAFT", original), (draft.GetProperty("status").GetString(), draft.GetProperty("importedFrom").GetString()));
        Assert.Contains("Uploading media 1/", import.StandardError, StringComparison.Ordinal);

        var packaged = Directory.GetFiles(Path.Combine(package, "media")).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var uploads = draft.GetProperty("media").EnumerateArray().Where(m => m.GetProperty("mediaId").ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(packaged.Keys.Order(), uploads.Select(m => m.GetProperty("sha256").GetString()!).Distinct().Order());
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        foreach (var upload in uploads)
        {
            var served = await http.GetByteArrayAsync(new Uri(new Uri(unimelb), $"/media/{upload.GetProperty("mediaId").GetString()}"));
            var sha256 = upload.GetProperty("sha256").GetString()!;
            Assert.Equal(packaged[sha256], served);
            Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(served)));
        }

        using var verify = await ProfdProcess.RunAsync(_home.Path, "credential", "verify", Path.Combine(package, "credential.json"), "--gateway", demo.Gateway);
        Assert.True(verify.ExitCode == 0, verify.Transcript);
        Assert.StartsWith("VALID: ", verify.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_whose_file_was_changed_is_refused_before_anything_is_sent()
    {
        var package = _home.Combine("tampered");
        Directory.CreateDirectory(Path.Combine(package, "media"));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData("the original bytes"u8));
        await File.WriteAllBytesAsync(Path.Combine(package, "media", sha256), "other bytes"u8.ToArray());
        await File.WriteAllTextAsync(Path.Combine(package, "exhibition.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(package, "package.json"), $$"""
            { "format": "profd-exhibition-package/1.0", "media": [ { "file": "media/{{sha256}}", "sha256": "{{sha256}}", "contentType": "image/png" } ] }
            """);

        // The node address is closed: a command that tried to send anything would fail differently.
        using var import = await ProfdProcess.RunAsync(_home.Path, Home(), "exhibition", "import", package, "--node", "http://127.0.0.1:1", "--candidate", "unimelb:Candidate:X");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"not {sha256} as the package says; nothing was sent.", import.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _home.Dispose();

    private Dictionary<string, string> Home() => new() { [LoginStore.HomeVariable] = _home.Path };

    /// <summary>A published exhibition of <paramref name="institution"/> with a standing award and at least one uploaded file.</summary>
    private async Task<string> PublishedWithUploadsAsync(string institution)
    {
        var response = await demo.GatewayAsync(
            "query($i: [String!]) { exhibitions(first: 100, institutions: $i, where: { status: { eq: PUBLISHED } }) { nodes { id award { revoked } media { mediaId } } } }",
            null, new { i = new[] { institution } });
        return response.GetProperty("data").GetProperty("exhibitions").GetProperty("nodes").EnumerateArray()
            .First(e => e.GetProperty("award") is { ValueKind: JsonValueKind.Object } award && !award.GetProperty("revoked").GetBoolean()
                && e.GetProperty("media").EnumerateArray().Any(m => m.GetProperty("mediaId").ValueKind == JsonValueKind.String))
            .GetProperty("id").GetString()!;
    }

    /// <summary>A candidate of <paramref name="institution"/> still on their journey with no exhibition in progress.</summary>
    private async Task<string> CandidateFreeToStartAsync(string institution, string token)
    {
        var response = await demo.GatewayAsync(
            "query($i: [String!]) { candidates(first: 100, institutions: $i) { nodes { id stage exhibitions { status } } } }", token, new { i = new[] { institution } });
        string[] inProgress = ["DRAFT", "SUBMITTED", "UNDER_ADJUDICATION"];
        return response.GetProperty("data").GetProperty("candidates").GetProperty("nodes").EnumerateArray()
            .First(c => c.GetProperty("stage").GetString() is not ("AWARDED" or "WITHDRAWN")
                && !c.GetProperty("exhibitions").EnumerateArray().Any(e => inProgress.Contains(e.GetProperty("status").GetString())))
            .GetProperty("id").GetString()!;
    }

    private async Task<string> EndpointOfAsync(string institution)
    {
        var response = await demo.GatewayAsync("{ institutions(first: 100) { nodes { code endpoint } } }", null);
        return response.GetProperty("data").GetProperty("institutions").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("code").GetString() == institution).GetProperty("endpoint").GetString()!;
    }
}
