using System.CommandLine;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Backups;

/// <summary><c>profd restore</c>: puts a backup back in place for a stopped server.</summary>
internal sealed class RestoreCommand : Command
{
    private readonly BackupTarget _target = new();

    private readonly Option<string> _from = new("--from")
    {
        Description = "The folder 'profd backup' wrote.",
        HelpName = "DIR",
        Required = true,
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace the database and keys that are there (stop the server first).",
    };

    public RestoreCommand()
        : base("restore", "Restore a node's or the trust's SQLite database and keys from 'profd backup', into a stopped server's data folder.")
    {
        _target.AddTo(this);
        Add(_from);
        Add(_force);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var (subject, data) = _target.Read(parsed);
        SqliteBackup.Restore(subject, parsed.GetRequiredValue(_from), data, parsed.GetValue(_force));
        parsed.InvocationConfiguration.Output.WriteLine($"Restored {subject.Code} into {Path.GetFullPath(data)}; start the server again.");
        return ExitCodes.Ok;
    }
}
