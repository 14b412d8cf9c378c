using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// <c>profd demo</c> as a real process, shared by the login tests: the trust (the hub) at the port base, three nodes
/// (each its people's login server) above it, the gateway at + 4, and port + 6 free for a third party's web front-end.
/// </summary>
public sealed class DemoFederationProcess : IAsyncLifetime
{
    public const int ThirdPartyWebPortOffset = 6;

    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private ProfdProcess _profd = null!;

    public int PortBase { get; private set; }

    public Uri Hub => new($"http://127.0.0.1:{PortBase}/");

    public string Gateway => $"http://127.0.0.1:{PortBase + 4}/graphql";

    public int ThirdPartyWebPort => PortBase + ThirdPartyWebPortOffset;

    /// <summary>The demo accounts' password, which the demo generated at its first run.</summary>
    public string Password { get; private set; } = "";

    public string DataDirectory => _temp.Combine("demo");

    public async Task InitializeAsync()
    {
        PortBase = FreePorts.Range(ThirdPartyWebPortOffset + 1);
        _profd = ProfdProcess.Start(_temp.Path, "demo", "--data", DataDirectory, "--port-base", PortBase.ToString());
        await _profd.WaitForOutputAsync("Press Ctrl-C to stop.");
        Password = (await File.ReadAllTextAsync(Path.Combine(DataDirectory, "demo-password.txt"))).Trim();
        await HubReadiness.WaitForInstitutionsAsync(Hub, "uclioe", "unimelb", "makerere");
    }

    /// <summary>What profd demo has printed so far.</summary>
    public string Transcript => _profd.Transcript;

    /// <summary>Posts to the gateway with <paramref name="accessToken"/> (none when null); the whole response.</summary>
    public async Task<JsonElement> GatewayAsync(string query, string? accessToken, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Gateway) { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _profd.Interrupt();
        try
        {
            await _profd.WaitForExitAsync();
        }
        finally
        {
            _profd.Dispose();
            _temp.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoFederationProcessCollection : ICollectionFixture<DemoFederationProcess>
{
    public const string Name = "profd demo process";
}
