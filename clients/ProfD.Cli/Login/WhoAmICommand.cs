using System.CommandLine;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary><c>profd whoami</c>: who the stored login is, refreshing its access token when it has expired.</summary>
internal sealed class WhoAmICommand : Command
{
    public WhoAmICommand()
        : base("whoami", "Show who 'profd login' logged in: global ID, institution, affiliation and roles.")
    {
        SetAction(RunAsync);
    }

    private static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var login = await new LoginSession(LoginStore.ForCurrentUser(), new DeviceFlowLogin(http, TimeProvider.System), TimeProvider.System)
            .CurrentAsync(cancellationToken);
        var claims = AccessTokenClaims.Read(login.AccessToken);
        var output = parsed.InvocationConfiguration.Output;
        await output.WriteLineAsync($"{claims.Name ?? "(no name)"} — {claims.Subject}");
        await output.WriteLineAsync($"institution: {claims.HomeInstitution ?? "-"}, affiliation: {claims.Affiliation ?? "-"}");
        await output.WriteLineAsync($"roles: {(claims.Roles.Count == 0 ? "none" : string.Join(", ", claims.Roles))}");
        await output.WriteLineAsync($"hub: {login.Hub}, token valid until {login.ExpiresAt:u}");
        return ExitCodes.Ok;
    }
}
