using System.ComponentModel.DataAnnotations;

namespace ProfD.Client;

/// <summary>Where the client sends its requests and how hard it tries. Validated when the client is built.</summary>
public sealed class ProfDClientOptions
{
    /// <summary>The GraphQL endpoint, for example <c>http://127.0.0.1:5110/graphql</c>. Required.</summary>
    [Required]
    public Uri? Endpoint { get; set; }

    /// <summary>How many times a query is retried after a transient failure (5xx, 408, 429, a dropped connection). Mutations are never retried. Default 2.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first retry; it doubles for each later one. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
