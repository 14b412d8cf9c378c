using System.CommandLine;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Backups;

/// <summary><c>profd backup</c>: a running (or stopped) node's or trust's SQLite database and keys, copied to a new folder.</summary>
internal sealed class BackupCommand : Command
{
    private readonly BackupTarget _target = new();

    private readonly Option<string> _out = new("--out")
    {
        Description = "A new (or empty) folder for the backup.",
        HelpName = "DIR",
        Required = true,
    };

    public BackupCommand()
        : base("backup", "Back up a node's or the trust's SQLite database (online: the server may keep running) and its keys to a new folder.")
    {
        _target.AddTo(this);
        Add(_out);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var (subject, data) = _target.Read(parsed);
        var destination = parsed.GetRequiredValue(_out);
        SqliteBackup.Back(subject, data, destination);
        parsed.InvocationConfiguration.Output.WriteLine($"Backed up {subject.Code}: {subject.DatabaseFile} and {subject.KeysFolder} in {Path.GetFullPath(destination)}.");
        return ExitCodes.Ok;
    }
}
