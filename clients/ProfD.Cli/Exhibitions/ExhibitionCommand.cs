using System.CommandLine;

namespace ProfD.Cli.Exhibitions;

/// <summary><c>profd exhibition</c>: exhibitions as self-contained packages that move between institutions.</summary>
internal sealed class ExhibitionCommand : Command
{
    public ExhibitionCommand()
        : base("exhibition", "Exhibitions as self-contained packages: the common-format document, every media file and the credential.")
    {
        Add(new ExhibitionExportCommand());
        Add(new ExhibitionImportCommand());
    }
}
