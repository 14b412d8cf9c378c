namespace ProfD.Cli.CommandLine;

/// <summary>What <c>profd</c> returns to the shell. Scripts may rely on these; they are listed in <c>profd --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Done, or stopped cleanly by Ctrl-C / SIGTERM.</summary>
    public const int Ok = 0;

    /// <summary>The command line was fine but running failed: a port in use, a database that cannot be reached, a crash.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown or missing option, or a value that can never work.</summary>
    public const int Usage = 2;

    /// <summary><paramref name="description"/> followed by the list of exit codes, for the root command's help.</summary>
    public static string Explained(string description) =>
        $"{description}{Environment.NewLine}{Environment.NewLine}" +
        $"Exit codes: {Ok} = stopped cleanly (Ctrl-C or SIGTERM), {Failure} = runtime failure (port in use, database unreachable), " +
        $"{Usage} = bad command line or option value. Errors are one line on stderr.";
}
