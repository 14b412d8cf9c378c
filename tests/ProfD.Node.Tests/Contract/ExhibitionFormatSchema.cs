using System.Text.Json;
using Json.Schema;

namespace ProfD.Node.Tests.Contract;

/// <summary>schema/exhibition-format-1.0.schema.json, loaded once, and a validator that says what is wrong.</summary>
internal static class ExhibitionFormatSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(ContractFiles.PathOf("exhibition-format-1.0.schema.json"))));

    /// <summary>The schema's complaints about <paramref name="json"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }
}
