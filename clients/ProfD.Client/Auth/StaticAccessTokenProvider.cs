namespace ProfD.Client.Auth;

/// <summary>Always sends the same token (or none): for scripts and tests.</summary>
/// <param name="token">The token, or null for anonymous calls.</param>
public sealed class StaticAccessTokenProvider(string? token) : IAccessTokenProvider
{
    /// <summary>No token.</summary>
    public static StaticAccessTokenProvider Anonymous { get; } = new(null);

    /// <inheritdoc />
    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
