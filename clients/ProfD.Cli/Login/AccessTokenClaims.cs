using System.Text;
using System.Text.Json;
using ProfD.Schema.Identity;

namespace ProfD.Cli.Login;

/// <summary>
/// What an access token says about its person, read for display only: the token is the hub's to sign and the servers'
/// to validate, so nothing here is trusted for a decision.
/// </summary>
internal sealed record AccessTokenClaims(string? Subject, string? Name, string? HomeInstitution, string? Affiliation, IReadOnlyList<string> Roles)
{
    public static AccessTokenClaims Read(string accessToken)
    {
        var parts = accessToken.Split('.');
        if (parts.Length < 2) return new(null, null, null, null, []);
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            var root = json.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var roles = root.TryGetProperty(FederationClaims.Role, out var role)
                ? role.ValueKind == JsonValueKind.Array ? role.EnumerateArray().Select(r => r.GetString()!).ToList() : [role.GetString()!]
                : new List<string>();
            return new(Text(FederationClaims.Subject), Text(FederationClaims.Name), Text(FederationClaims.HomeInstitution), Text(FederationClaims.Affiliation), roles);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            // An encrypted or opaque token cannot be read here; the servers still can.
            return new(null, null, null, null, []);
        }
    }
}
