using System.CommandLine;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Demo;

/// <summary><c>profd demo</c>: runs the demo federation on loopback until Ctrl-C or SIGTERM.</summary>
internal sealed class DemoCommand : Command
{
    /// <summary>Where the demo keeps its databases when <c>--data</c> is not given: ignored by git in this repository.</summary>
    public const string DefaultDataDirectory = ".profd/demo";

    /// <summary>The port the demo counts from when <c>--port-base</c> is not given.</summary>
    public const int DefaultPortBase = 5100;

    private readonly Option<string> _data = new("--data")
    {
        Description = "The folder for the demo's databases, one SQLite file per institution and trust.db. Kept between runs.",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    private readonly Option<int> _portBase = new("--port-base")
    {
        Description = "The ports are counted from here: the trust listens on 127.0.0.1 at port base + 0, the institution nodes at + 1, + 2 and + 3, the gateway at + 4, the web front-end at + 5.",
        HelpName = "PORT",
        DefaultValueFactory = _ => DefaultPortBase,
        Validators =
        {
            result =>
            {
                // A value that is not a number at all is reported by the parser itself.
                if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[^1].Value, out var value)) return;
                if (value < 1 || value + DemoFederation.MaxPortOffset > 65535)
                    result.AddError($"--port-base {value} must be between 1 and {65535 - DemoFederation.MaxPortOffset}.");
            },
        },
    };

    public DemoCommand()
        : base("demo", "Run a small federation on this machine: three institution nodes (uclioe, unimelb, makerere) seeded with demo data, the trust, the gateway over them all, and the web front-end, until Ctrl-C or SIGTERM.")
    {
        Add(_data);
        Add(_portBase);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var output = parsed.InvocationConfiguration.Output;
        var federation = new DemoFederation(parsed.GetRequiredValue(_data), parsed.GetValue(_portBase), output);
        try
        {
            await federation.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        await output.WriteLineAsync("Demo federation stopped.");
        return ExitCodes.Ok;
    }
}
