using System.ComponentModel.DataAnnotations;

namespace ProfD.Schema.Http;

/// <summary>
/// How the GraphQL-over-HTTP endpoint treats request bodies and batches. Bound from the <c>GraphQL:Http</c>
/// configuration section and validated at start-up.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "GraphQL:Http";

    /// <summary>
    /// The largest request body you accept, in bytes; a bigger one is refused with <c>413</c> before it is parsed,
    /// whether it announces its length or is sent in chunks. Default 1 MiB (1,048,576); at least 1 KiB, at most 64 MiB.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Whether a POST body may be a JSON array of requests, answered as a JSON array of results in the same order.
    /// When <see langword="false"/> an array is refused with <c>400</c>. Default <see langword="true"/>.
    /// </summary>
    public bool EnableBatching { get; set; } = true;

    /// <summary>The most requests one batch may hold; a bigger batch is refused with <c>400</c>. Default 20; 1 to 1,000.</summary>
    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 20;
}
