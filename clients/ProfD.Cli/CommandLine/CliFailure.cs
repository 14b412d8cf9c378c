using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using ProfD.Node.Data;

namespace ProfD.Cli.CommandLine;

/// <summary>
/// A failure to report to a person: one line for stderr and the exit code that goes with it. Anything else thrown out of
/// a command is turned into one of these by <see cref="From"/>, so nobody sees a stack trace.
/// </summary>
internal sealed class CliFailure(int exitCode, string message, Exception? innerException = null)
    : Exception(OneLine(message), innerException)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>
    /// Describes <paramref name="exception"/>, thrown while building (<paramref name="building"/>) or starting a host
    /// called <paramref name="subject"/>. Building only reads and checks settings, so what fails there is a bad option;
    /// starting meets the world (ports, databases), so what fails there is a runtime failure.
    /// </summary>
    public static CliFailure From(Exception exception, string? subject = null, bool building = false)
    {
        if (exception is CliFailure known) return known;
        if (exception is AggregateException { InnerExceptions.Count: 1 } single) return From(single.InnerExceptions[0], subject, building);

        var prefix = subject is null ? "" : $"{subject}: ";
        return exception switch
        {
            OptionsValidationException options => new(ExitCodes.Usage, prefix + string.Join(" ", options.Failures), exception),
            ArgumentException argument when building => new(ExitCodes.Usage, prefix + WithoutParameter(argument), exception),
            FormatException when building => new(ExitCodes.Usage, prefix + exception.Message, exception),
            NodeDatabaseUnavailableException or IOException or UnauthorizedAccessException =>
                new(ExitCodes.Failure, prefix + exception.Message, exception),
            _ => new(ExitCodes.Failure, $"{prefix}unexpected {exception.GetType().Name}: {exception.Message}", exception),
        };
    }

    /// <summary>The same failure with its message rewritten, for example into the words of the command's options.</summary>
    public CliFailure Rewritten(Func<string, string> rewrite) => new(ExitCode, rewrite(Message), InnerException);

    /// <summary>Whether this failure was caused by a port that another process already listens on.</summary>
    public bool IsAddressInUse => InnerException is IOException { InnerException: AddressInUseException or SocketException };

    // ArgumentException adds " (Parameter 'x')", which names a C# parameter nobody on the command line knows.
    private static string WithoutParameter(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;

    private static string OneLine(string message) => string.Join(' ', message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
