using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary>The stored login, with an access token that is still valid: what every command that calls the API asks for.</summary>
internal sealed class LoginSession(LoginStore store, DeviceFlowLogin flow, TimeProvider time)
{
    // Refresh a little early: a token that expires on its way to the gateway is refused there.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    public async Task<StoredLogin> CurrentAsync(CancellationToken cancellationToken)
    {
        var login = await store.LoadAsync(cancellationToken)
            ?? throw new CliFailure(ExitCodes.Failure, "You are not logged in; run 'profd login' first.");
        if (login.ExpiresAt - Margin > time.GetUtcNow()) return login;
        var refreshed = await flow.RefreshAsync(login, cancellationToken)
            ?? throw new CliFailure(ExitCodes.Failure, "Your login has expired; run 'profd login' again.");
        await store.SaveAsync(refreshed, cancellationToken);
        return refreshed;
    }
}
