using System.CommandLine;

namespace ProfD.Cli.CommandLine;

/// <summary>A <c>--node URL</c> option: one institution node's address (or its <c>/graphql</c> endpoint), http or https.</summary>
internal static class NodeAddress
{
    public const string Example = "http://127.0.0.1:5101";

    public static Option<string?> Option(string description, bool required = false) => new("--node")
    {
        Description = description,
        HelpName = "URL",
        Required = required,
        Validators = { Validate },
    };

    private static void Validate(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.Tokens.Count == 0) return;
        var value = result.Tokens[^1].Value;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            result.AddError($"--node '{value}' must be an http:// or https:// address such as {Example}.");
    }
}
