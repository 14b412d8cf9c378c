using System.Text.Json.Serialization;

namespace ProfD.Cli.Login;

/// <summary>The hub's answer to a device authorization request (RFC 8628 section 3.2).</summary>
internal sealed record DeviceAuthorization
{
    [JsonPropertyName("device_code")]
    public required string DeviceCode { get; init; }

    [JsonPropertyName("user_code")]
    public required string UserCode { get; init; }

    [JsonPropertyName("verification_uri")]
    public required string VerificationUri { get; init; }

    [JsonPropertyName("verification_uri_complete")]
    public string? VerificationUriComplete { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; } = 300;

    [JsonPropertyName("interval")]
    public int Interval { get; init; } = 5;
}
