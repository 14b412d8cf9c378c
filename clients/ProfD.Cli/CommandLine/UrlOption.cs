using System.CommandLine.Parsing;

namespace ProfD.Cli.CommandLine;

/// <summary>The check every <c>--urls</c> option shares: http(s) addresses separated by ';'.</summary>
internal static class UrlOption
{
    public static void Validate(OptionResult result, string example)
    {
        if (result.Tokens.Count == 0) return;
        var value = result.Tokens[^1].Value;
        var urls = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || !urls.All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            result.AddError($"--urls '{value}' must be http:// or https:// addresses such as {example}, separated by ';'.");
    }
}
