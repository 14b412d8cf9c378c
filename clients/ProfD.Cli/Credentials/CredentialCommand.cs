using System.CommandLine;

namespace ProfD.Cli.Credentials;

/// <summary><c>profd credential</c>: award credentials, the signed Open Badges an institution issues with a title.</summary>
internal sealed class CredentialCommand : Command
{
    public CredentialCommand()
        : base("credential", "Award credentials: the signed Open Badges 3.0 an institution issues with each title.")
    {
        Add(new CredentialVerifyCommand());
    }
}
