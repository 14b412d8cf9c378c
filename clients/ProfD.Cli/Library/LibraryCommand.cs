using System.CommandLine;

namespace ProfD.Cli.Library;

/// <summary><c>profd library</c>: the trust's harvested library of every node's published exhibitions.</summary>
internal sealed class LibraryCommand : Command
{
    public LibraryCommand()
        : base("library", "The library of every node's published exhibitions, harvested by the trust.")
    {
        Add(new LibrarySearchCommand());
    }
}
