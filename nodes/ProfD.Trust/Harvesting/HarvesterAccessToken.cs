using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ProfD.Schema.Identity;
using ProfD.Trust.Identity;

namespace ProfD.Trust.Harvesting;

/// <summary>
/// The harvester's access token, from the trust's own hub by client credentials (<c>profd-harvester</c>), kept until a
/// minute before it expires. When none can be had the harvester goes on without one: the nodes then refuse, and that
/// shows as the node's harvest failure.
/// </summary>
internal sealed class HarvesterAccessToken(
    IHttpClientFactory clients,
    IServer server,
    ServiceClientSecrets secret,
    TimeProvider time,
    ILogger<HarvesterAccessToken> logger)
{
    public const string HttpClientName = "hub-token";

    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    // One reference, swapped whole, so a reader outside the gate never sees half a token.
    private volatile CachedToken? current;

    /// <summary>A valid token, or null (logged) when the hub did not give one.</summary>
    public async Task<string?> GetAsync(CancellationToken ct)
    {
        if (current is { } cached && cached.ExpiresAt - RenewBefore > time.GetUtcNow()) return cached.Token;
        await gate.WaitAsync(ct);
        try
        {
            if (current is { } again && again.ExpiresAt - RenewBefore > time.GetUtcNow()) return again.Token;
            current = await RequestAsync(ct);
            return current?.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<CachedToken?> RequestAsync(CancellationToken ct)
    {
        var hub = OwnOrigin();
        if (hub is null)
        {
            logger.LogWarning("The harvester has no access token: the trust does not know its own address yet.");
            return null;
        }
        try
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = HubClients.Harvester,
                ["client_secret"] = secret.Harvester,
                ["scope"] = $"{FederationScopes.Api} {FederationScopes.Harvest}",
            });
            using var response = await clients.CreateClient(HttpClientName).PostAsync(new Uri(hub, "connect/token"), form, ct);
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(ct);
            if (!response.IsSuccessStatusCode || answer?.AccessToken is null)
            {
                logger.LogWarning("The harvester has no access token: the hub answered HTTP {Status} {Error}.", (int)response.StatusCode, answer?.Error);
                return null;
            }
            return new CachedToken(answer.AccessToken, time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? 60));
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or NotSupportedException or IOException
                                      || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning(ex, "The harvester has no access token: the hub at {Hub} cannot be reached.", hub);
            return null;
        }
    }

    /// <summary>The address this process listens on, a wildcard host made loopback: the hub is in the same process.</summary>
    private Uri? OwnOrigin()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return null;
        address = address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]");
        return Uri.TryCreate(address.TrimEnd('/') + "/", UriKind.Absolute, out var origin) ? origin : null;
    }

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresAt);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("error")] string? Error);
}
