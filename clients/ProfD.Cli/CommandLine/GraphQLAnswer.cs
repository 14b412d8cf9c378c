using System.Text.Json.Nodes;

namespace ProfD.Cli.CommandLine;

/// <summary>A GraphQL response: its data (null when there is none) and its errors, each with its <c>extensions.code</c>.</summary>
internal sealed record GraphQLAnswer(JsonObject? Data, IReadOnlyList<JsonObject> Errors)
{
    /// <summary>The errors on one line, each as "message (CODE)".</summary>
    public string ErrorLine => string.Join("; ", Errors.Select(e =>
        e["extensions"]?["code"]?.GetValue<string>() is { } code ? $"{e["message"]} ({code})" : $"{e["message"]}"));

    /// <summary>The data, or a failure naming the errors when there is none.</summary>
    public JsonObject RequireData(Uri endpoint) =>
        Data ?? throw new CliFailure(ExitCodes.Failure, Errors.Count > 0 ? $"{endpoint}: {ErrorLine}" : $"{endpoint} answered without data.");
}
