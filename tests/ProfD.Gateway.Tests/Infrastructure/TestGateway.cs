using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Gateway.Hosting;
using ProfD.Gateway.Membership;

namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>
/// The gateway on real Kestrel (loopback) over a trust. Its timer is slowed to an hour: tests refresh the federation
/// themselves with <see cref="RefreshAsync"/>, so what it knows changes exactly when a test says.
/// </summary>
public sealed class TestGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private TestGateway(WebApplication app) => _app = app;

    public string Url => _app.Urls.First().TrimEnd('/');

    public string Endpoint => Url + "/graphql";

    public HttpClient Http => _http;

    public static async Task<TestGateway> StartAsync(string trustEndpoint, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Gateway:Trust"] = trustEndpoint,
            ["Gateway:RefreshInterval"] = "01:00:00",
            ["Gateway:NodeTimeout"] = "00:00:05",
        };
        foreach (var pair in settings ?? new Dictionary<string, string?>()) values[pair.Key] = pair.Value;
        var app = GatewayApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        // The refresh at start runs in the background: wait for it, so no late probe lands in a test's request logs.
        await app.Services.GetRequiredService<MembershipRefresher>().FirstRefresh;
        return new TestGateway(app);
    }

    internal FederationState State => _app.Services.GetRequiredService<FederationState>();

    /// <summary>Re-reads the trust's registry and the nodes' schemas now.</summary>
    /// <summary>The gateway's services, to look at what it registered.</summary>
    public IServiceProvider Services => _app.Services;

    public Task RefreshAsync() => _app.Services.GetRequiredService<MembershipRefresher>().RefreshAsync(CancellationToken.None);

    /// <summary>POSTs a request and returns the whole body: data and errors.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent.Create(new { query, variables }) };
        foreach (var header in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A request that must succeed without errors; its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException($"gateway: GraphQL errors: {errors}\ndata: {(body.TryGetProperty("data", out var d) ? d : default)}");
        return body.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
