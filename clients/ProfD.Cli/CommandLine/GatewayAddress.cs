using System.CommandLine;

namespace ProfD.Cli.CommandLine;

/// <summary>
/// Where a command finds the gateway: <c>--gateway URL</c>, given as the gateway's address (or its <c>/graphql</c>
/// endpoint, which is the same thing to these commands).
/// </summary>
internal sealed class GatewayAddress
{
    public const string Default = "http://127.0.0.1:5104/";

    private GatewayAddress(Uri root) => Root = root;

    /// <summary>The gateway's address, ending in '/'.</summary>
    public Uri Root { get; }

    public Uri GraphQL => new(Root, "graphql");

    public Uri Health => new(Root, "health");

    /// <summary>The <c>--gateway</c> option, with the demo's gateway as its default.</summary>
    public static Option<string> Option(string name = "--gateway") => new(name)
    {
        Description = $"The gateway's address (or its /graphql endpoint). Default {Default} (the demo's gateway).",
        HelpName = "URL",
        DefaultValueFactory = _ => Default,
        Validators = { result => Validate(result, name) },
    };

    public static GatewayAddress Parse(string value)
    {
        var uri = new Uri(value, UriKind.Absolute);
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/graphql", StringComparison.Ordinal)) path = path[..^"/graphql".Length];
        return new GatewayAddress(new UriBuilder(uri) { Path = path + "/", Query = "" }.Uri);
    }

    private static void Validate(System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (result.Tokens.Count == 0) return;
        var value = result.Tokens[^1].Value;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            result.AddError($"{name} '{value}' must be an http:// or https:// address such as {Default}.");
    }
}
