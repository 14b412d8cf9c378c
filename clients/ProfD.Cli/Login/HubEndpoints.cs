using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary>The hub's endpoints, read from its discovery document.</summary>
internal sealed record HubEndpoints(Uri Issuer, Uri DeviceAuthorization, Uri Token, Uri? Revocation)
{
    public static async Task<HubEndpoints> DiscoverAsync(HttpClient http, Uri hub, CancellationToken cancellationToken)
    {
        JsonElement document;
        try
        {
            document = await http.GetFromJsonAsync<JsonElement>(new Uri(hub, ".well-known/openid-configuration"), cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure(ExitCodes.Failure, $"The hub at {hub} did not answer its discovery document: {ex.Message}", ex);
        }
        Uri Required(string name) => document.TryGetProperty(name, out var value) && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            ? uri
            : throw new CliFailure(ExitCodes.Failure, $"The hub at {hub} offers no {name}; is it a ProfD trust?");
        Uri? Optional(string name) => document.TryGetProperty(name, out var value) && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri) ? uri : null;
        return new HubEndpoints(Required("issuer"), Required("device_authorization_endpoint"), Required("token_endpoint"), Optional("revocation_endpoint"));
    }
}
