using System.CommandLine;
using ProfD.Cli.Nodes;
using ProfD.Cli.Trust;

namespace ProfD.Cli.Backups;

/// <summary>Which server a backup is of: <c>--institution CODE</c> (a node) or <c>--trust</c>, and its <c>--data</c> folder.</summary>
internal sealed class BackupTarget
{
    private readonly Option<string?> _institution = new("--institution")
    {
        Description = "The node's institution code.",
        HelpName = "CODE",
    };

    private readonly Option<bool> _trust = new("--trust")
    {
        Description = "The trust instead of a node.",
    };

    private readonly Option<string?> _data = new("--data")
    {
        Description = $"The server's data folder. Default {NodeCommand.DefaultDataDirectory} for a node, {TrustCommand.DefaultDataDirectory} for the trust.",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Add(_institution);
        command.Add(_trust);
        command.Add(_data);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(_institution) is null) == !result.GetValue(_trust))
                result.AddError("Name one server: --institution CODE for a node, or --trust.");
        });
    }

    public (BackupSubject Subject, string DataDirectory) Read(ParseResult parsed) =>
        parsed.GetValue(_institution) is { } institution
            ? (BackupSubject.Node(institution), parsed.GetValue(_data) ?? NodeCommand.DefaultDataDirectory)
            : (BackupSubject.Trust(), parsed.GetValue(_data) ?? TrustCommand.DefaultDataDirectory);
}
