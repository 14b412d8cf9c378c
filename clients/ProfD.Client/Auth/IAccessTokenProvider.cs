namespace ProfD.Client.Auth;

/// <summary>Supplies the bearer token for each request; return null to call anonymously.</summary>
public interface IAccessTokenProvider
{
    /// <summary>The access token to send now, or null.</summary>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
