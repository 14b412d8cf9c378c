using System.CommandLine;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary><c>profd logout</c>: forgets the stored login.</summary>
internal sealed class LogoutCommand : Command
{
    public LogoutCommand()
        : base("logout", "Forget the login that 'profd login' stored.")
    {
        SetAction(RunAsync);
    }

    private static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var store = LoginStore.ForCurrentUser();
        await parsed.InvocationConfiguration.Output.WriteLineAsync(store.Delete() ? "Logged out." : "You were not logged in.");
        return ExitCodes.Ok;
    }
}
