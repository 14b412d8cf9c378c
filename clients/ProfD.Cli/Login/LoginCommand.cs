using System.CommandLine;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary><c>profd login</c>: logs in through the hub with the device flow and keeps the tokens for later commands.</summary>
internal sealed class LoginCommand : Command
{
    public const string DefaultHub = "http://127.0.0.1:5100/";

    private readonly Option<string> _hub = new("--hub")
    {
        Description = $"The trust's address, where the login hub runs. Default {DefaultHub} (the demo's trust).",
        HelpName = "URL",
        DefaultValueFactory = _ => DefaultHub,
        Validators = { result => UrlOption.Validate(result, DefaultHub) },
    };

    public LoginCommand()
        : base("login", "Log in with your institution through the trust's hub (device flow): open the address shown, enter the code, log in at home.")
    {
        Add(_hub);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var output = parsed.InvocationConfiguration.Output;
        var hub = new Uri(parsed.GetRequiredValue(_hub).TrimEnd('/') + "/");
        using var http = new HttpClient();
        var login = await new DeviceFlowLogin(http, TimeProvider.System).LoginAsync(hub, output, cancellationToken);
        var store = LoginStore.ForCurrentUser();
        await store.SaveAsync(login, cancellationToken);
        var claims = AccessTokenClaims.Read(login.AccessToken);
        await output.WriteLineAsync($"Logged in as {claims.Name ?? claims.Subject ?? "unknown"} ({claims.Subject}) of {claims.HomeInstitution ?? "?"}; the token is kept in {store.FilePath}.");
        return ExitCodes.Ok;
    }
}
