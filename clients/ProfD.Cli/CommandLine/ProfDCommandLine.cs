using System.CommandLine;
using System.CommandLine.Invocation;

namespace ProfD.Cli.CommandLine;

/// <summary>
/// Runs a parsed <c>profd</c> command line with the house rules: usage errors and failures are one line on stderr with
/// a distinct exit code (<see cref="ExitCodes"/>), and Ctrl-C / SIGTERM cancel the command's token so it can stop its
/// hosts and return <see cref="ExitCodes.Ok"/>.
/// </summary>
internal static class ProfDCommandLine
{
    /// <summary>How long a command may take to stop after Ctrl-C / SIGTERM before the process is ended anyway.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var parsed = root.Parse(args);
        var command = parsed.CommandResult.Command;

        if (parsed.Action is ParseErrorAction)
        {
            var problems = string.Join(" ", parsed.Errors.Select(e => e.Message));
            await error.WriteLineAsync($"{Name(command)}: {problems} See '{Name(command)} --help'.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = StopTimeout,
        };
        try
        {
            return await parsed.InvokeAsync(invocation);
        }
        catch (Exception ex)
        {
            var failure = CliFailure.From(ex);
            await error.WriteLineAsync($"profd: {failure.Message}");
            return failure.ExitCode;
        }
    }

    private static string Name(Command command) =>
        string.Join(' ', command.Parents.OfType<Command>().Select(Name).Append(command is RootCommand ? "profd" : command.Name))
            .Trim();
}
