using System.CommandLine;
using ProfD.Cli.Backups;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Credentials;
using ProfD.Cli.Demo;
using ProfD.Cli.Exhibitions;
using ProfD.Cli.Gateway;
using ProfD.Cli.Library;
using ProfD.Cli.Login;
using ProfD.Cli.Nodes;
using ProfD.Cli.Status;
using ProfD.Cli.Trust;

var profd = new RootCommand(ExitCodes.Explained("profd runs ProfD: one institution's node, the trust, the gateway, or a whole demo federation on this machine; and logs you in through the trust's hub."))
{
    new NodeCommand(),
    new DemoCommand(),
    new TrustCommand(),
    new GatewayCommand(),
    new LoginCommand(),
    new LogoutCommand(),
    new WhoAmICommand(),
    new QueryCommand(),
    new BackupCommand(),
    new RestoreCommand(),
    new StatusCommand(),
    new LibraryCommand(),
    new CredentialCommand(),
    new ExhibitionCommand(),
};

return await ProfDCommandLine.InvokeAsync(profd, args);
