using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.AspNetCore.Http;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Hosting;
using ProfD.Node.Institution;
using ProfD.Schema.Ids;
using ProfD.Schema.Nations;

namespace ProfD.Cli.Nodes;

/// <summary><c>profd node</c>: runs one institution's node until Ctrl-C or SIGTERM.</summary>
internal sealed class NodeCommand : Command
{
    /// <summary>Where the SQLite file goes when <c>--data</c> is not given: ignored by git in this repository.</summary>
    public const string DefaultDataDirectory = ".profd/nodes";

    private readonly Option<string> _institution = new("--institution")
    {
        Description = "The institution's code, the first segment of every ID the node issues: 2-32 lower-case letters, digits or '-', starting with a letter.",
        HelpName = "CODE",
        Required = true,
        Validators = { Check(GlobalId.IsInstitutionCode, "must be 2-32 lower-case letters, digits or '-', starting with a letter (for example uclioe)") },
    };

    private readonly Option<string> _data = new("--data")
    {
        Description = "The folder for the node's SQLite file ({CODE}.db) and media.",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    private readonly Option<string> _urls = new("--urls")
    {
        Description = "Where to listen, for example http://127.0.0.1:5101; several separated by ';'.",
        HelpName = "URL",
        Required = true,
        Validators = { Check(AreUrls, "must be http:// or https:// addresses such as http://127.0.0.1:5101, separated by ';'") },
    };

    private readonly Option<string?> _database = new("--database")
    {
        Description = "A PostgreSQL connection string ('Host=…;Database=…;Username=…;Password=…'), or a SQLite 'Data Source=FILE'. Default: SQLite in --data.",
        HelpName = "CONNECTION",
    };

    private readonly Option<string?> _name = new("--name")
    {
        Description = "The institution's name. Default: the code.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _nation = new("--nation")
    {
        Description = "ISO 3166-1 alpha-2 code of the institution's nation. Default: GB.",
        HelpName = "CC",
        CustomParser = result => result.Tokens.Single().Value.ToUpperInvariant(),
        Validators = { Check(Iso3166.IsCode, "must be an ISO 3166-1 alpha-2 code such as GB, AU or UG") },
    };

    private readonly Option<bool> _seedDemo = new("--seed-demo")
    {
        Description = "Fill an empty database with demo data when the node starts.",
    };

    public NodeCommand()
        : base("node", "Run one institution's node: its GraphQL API at /graphql and /health, until Ctrl-C or SIGTERM.")
    {
        Add(_institution);
        Add(_data);
        Add(_urls);
        Add(_database);
        Add(_name);
        Add(_nation);
        Add(_seedDemo);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var settings = new NodeSettings(parsed.GetRequiredValue(_institution), parsed.GetRequiredValue(_data))
        {
            Database = parsed.GetValue(_database),
            Name = parsed.GetValue(_name),
            Nation = parsed.GetValue(_nation),
            SeedDemoData = parsed.GetValue(_seedDemo),
        };
        var output = parsed.InvocationConfiguration.Output;
        try
        {
            await ServeAsync(settings, parsed.GetRequiredValue(_urls), output, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (CliFailure failure)
        {
            throw failure.Rewritten(InOptionTerms);
        }
        await output.WriteLineAsync($"Node {settings.Institution} stopped.");
        return ExitCodes.Ok;
    }

    private static async Task ServeAsync(NodeSettings settings, string urls, TextWriter output, CancellationToken cancellationToken)
    {
        await using var hosts = new HostGroup();
        var app = await hosts.StartAsync(
            $"node {settings.Institution}",
            () => NodeHost.Build(settings, urls, LogLevel.Information),
            cancellationToken);
        foreach (var url in app.Urls.Select(u => u.TrimEnd('/')))
            await output.WriteLineAsync($"Node {settings.Institution} is serving GraphQL at {url}/graphql (health: {url}/health).");
        await output.WriteLineAsync("Press Ctrl-C to stop.");
        await hosts.WaitAsync(cancellationToken);
        await output.WriteLineAsync($"Stopping node {settings.Institution}.");
    }

    /// <summary>The node's messages name configuration keys; say which option sets each instead.</summary>
    private string InOptionTerms(string message) =>
        new (string Property, Option Option)[]
        {
            (nameof(NodeOptions.Institution), _institution),
            (nameof(NodeOptions.DataDirectory), _data),
            (nameof(NodeOptions.Database), _database),
            (nameof(NodeOptions.Name), _name),
            (nameof(NodeOptions.Nation), _nation),
        }.Aggregate(message, (text, key) => text.Replace(NodeSettings.KeyOf(key.Property), key.Option.Name, StringComparison.Ordinal));

    private static bool AreUrls(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } urls
        && urls.All(IsUrl);

    private static bool IsUrl(string url)
    {
        try
        {
            var address = BindingAddress.Parse(url);
            return address.Scheme is "http" or "https" && !address.IsUnixPipe;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static Action<OptionResult> Check(Func<string?, bool> isValid, string rule) => result =>
    {
        if (result.Implicit || result.Tokens.Count == 0) return;
        if (!isValid(result.GetValueOrDefault<string?>())) result.AddError($"{result.Option.Name} '{result.Tokens[^1].Value}' {rule}.");
    };
}
