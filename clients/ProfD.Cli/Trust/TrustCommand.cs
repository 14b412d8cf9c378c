using System.CommandLine;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Hosting;
using ProfD.Trust.Hosting;

namespace ProfD.Cli.Trust;

/// <summary><c>profd trust</c>: runs the trust's node until Ctrl-C or SIGTERM.</summary>
internal sealed class TrustCommand : Command
{
    /// <summary>Where trust.db goes when <c>--data</c> is not given: ignored by git in this repository.</summary>
    public const string DefaultDataDirectory = ".profd/trust";

    private readonly Option<string> _data = new("--data")
    {
        Description = "The folder for the trust's SQLite file (trust.db).",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    private readonly Option<string> _urls = new("--urls")
    {
        Description = "Where to listen, for example http://127.0.0.1:5100; several separated by ';'.",
        HelpName = "URL",
        Required = true,
        Validators = { result => UrlOption.Validate(result, "http://127.0.0.1:5100") },
    };

    private readonly Option<string?> _database = new("--database")
    {
        Description = "A PostgreSQL connection string ('Host=…;Database=…;Username=…;Password=…'), or a SQLite 'Data Source=FILE'. Default: SQLite in --data.",
        HelpName = "CONNECTION",
    };

    public TrustCommand()
        : base("trust", "Run the trust's node: the registry, triangles, accreditation, the harvested library, provocations, the community and the dashboard, at /graphql, until Ctrl-C or SIGTERM.")
    {
        Add(_data);
        Add(_urls);
        Add(_database);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var settings = new TrustSettings(parsed.GetRequiredValue(_data)) { Database = parsed.GetValue(_database) };
        var output = parsed.InvocationConfiguration.Output;
        try
        {
            await using var hosts = new HostGroup();
            var app = await hosts.StartAsync("trust", () => TrustHost.Build(settings, parsed.GetRequiredValue(_urls), LogLevel.Information), cancellationToken);
            foreach (var url in app.Urls.Select(u => u.TrimEnd('/')))
                await output.WriteLineAsync($"The trust is serving GraphQL at {url}/graphql (health: {url}/health).");
            await output.WriteLineAsync("Press Ctrl-C to stop.");
            await hosts.WaitAsync(cancellationToken);
            await output.WriteLineAsync("Stopping the trust.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (CliFailure failure)
        {
            throw failure.Rewritten(message => message
                .Replace(TrustSettings.KeyOf(nameof(TrustOptions.Database)), _database.Name, StringComparison.Ordinal)
                .Replace(TrustSettings.KeyOf(nameof(TrustOptions.DataDirectory)), _data.Name, StringComparison.Ordinal));
        }
        await output.WriteLineAsync("Trust stopped.");
        return ExitCodes.Ok;
    }
}
