using System.Text.Json.Serialization;

namespace ProfD.Cli.Login;

/// <summary>What <c>profd login</c> keeps for later commands: the hub it logged in at and the tokens it got.</summary>
internal sealed record StoredLogin
{
    [JsonPropertyName("hub")]
    public required string Hub { get; init; }

    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    [JsonPropertyName("expires_at")]
    public required DateTimeOffset ExpiresAt { get; init; }
}
