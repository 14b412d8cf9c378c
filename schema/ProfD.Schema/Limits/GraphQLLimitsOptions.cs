using System.ComponentModel.DataAnnotations;

namespace ProfD.Schema.Limits;

/// <summary>
/// How big a document a server accepts. Bound from the <c>GraphQL:Limits</c> configuration section and validated at
/// start-up.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "GraphQL:Limits";

    /// <summary>The deepest selection allowed, counting the operation as 0. Default 15.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest complexity allowed, as GraphQL.NET's complexity analyzer counts it (each field 1, lists multiplied
    /// by their <c>first</c> argument or 10). Default 2,000,000: a nested query over a full page of 100 rows stays within it.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxComplexity { get; set; } = 2_000_000;
}
