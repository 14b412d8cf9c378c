using System.CommandLine;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Hosting;
using ProfD.Gateway.Hosting;

namespace ProfD.Cli.Gateway;

/// <summary><c>profd gateway</c>: runs the gateway over the trust's registry until Ctrl-C or SIGTERM.</summary>
internal sealed class GatewayCommand : Command
{
    private readonly Option<string> _urls = new("--urls")
    {
        Description = "Where to listen, for example http://127.0.0.1:5104; several separated by ';'.",
        HelpName = "URL",
        Required = true,
        Validators = { result => UrlOption.Validate(result, "http://127.0.0.1:5104") },
    };

    private readonly Option<string> _trust = new("--trust")
    {
        Description = "The trust's GraphQL endpoint, for example http://127.0.0.1:5100/graphql: its registry lists the nodes.",
        HelpName = "URL",
        Required = true,
    };

    private readonly Option<double> _refresh = new("--refresh")
    {
        Description = "How often, in seconds, to re-read the trust's registry and the nodes' schemas (0.1 to 3600).",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 10,
        Validators =
        {
            result =>
            {
                if (result.Tokens.Count > 0 && (!double.TryParse(result.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds is < 0.1 or > 3600))
                    result.AddError($"--refresh '{result.Tokens[^1].Value}' must be a number of seconds from 0.1 to 3600.");
            },
        },
    };

    public GatewayCommand()
        : base("gateway", "Run the gateway: one GraphQL API at /graphql over the trust and every node in its registry, until Ctrl-C or SIGTERM.")
    {
        Add(_urls);
        Add(_trust);
        Add(_refresh);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var settings = new GatewaySettings(parsed.GetRequiredValue(_trust)) { RefreshInterval = TimeSpan.FromSeconds(parsed.GetValue(_refresh)) };
        var output = parsed.InvocationConfiguration.Output;
        try
        {
            await using var hosts = new HostGroup();
            var app = await hosts.StartAsync("gateway", () => GatewayHost.Build(settings, parsed.GetRequiredValue(_urls), LogLevel.Information), cancellationToken);
            foreach (var url in app.Urls.Select(u => u.TrimEnd('/')))
                await output.WriteLineAsync($"The gateway is serving GraphQL at {url}/graphql (health: {url}/health, readiness: {url}/health/ready).");
            await output.WriteLineAsync("Press Ctrl-C to stop.");
            await hosts.WaitAsync(cancellationToken);
            await output.WriteLineAsync("Stopping the gateway.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (CliFailure failure)
        {
            throw failure.Rewritten(message => message.Replace(GatewaySettings.KeyOf(nameof(GatewayOptions.Trust)), _trust.Name, StringComparison.Ordinal));
        }
        await output.WriteLineAsync("Gateway stopped.");
        return ExitCodes.Ok;
    }
}
