using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ProfD.Cli.Logging;

/// <summary>
/// One line per log entry, for people watching a terminal: time, level, the last part of the category and the message.
/// An exception adds its type and message, never its stack trace.
/// </summary>
internal sealed class CompactConsoleFormatter(TimeProvider time) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "profd";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null) return;

        var category = logEntry.Category[(logEntry.Category.LastIndexOf('.') + 1)..];
        var line = $"{time.GetLocalNow():HH:mm:ss} {Level(logEntry.LogLevel)} {category}: {message}";
        if (logEntry.Exception is { } ex) line += $" ({ex.GetType().Name}: {ex.Message})";
        textWriter.WriteLine(line.ReplaceLineEndings(" "));
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "    ",
    };
}
