using System.ComponentModel.DataAnnotations;

namespace ProfD.Gateway.Hosting;

/// <summary>Where the trust is and how patient the gateway is with nodes. Bound from <c>Gateway</c>, validated at start.</summary>
internal sealed class GatewayOptions : IValidatableObject
{
    public const string Section = "Gateway";

    /// <summary>The trust's GraphQL endpoint, for example <c>http://127.0.0.1:5100/graphql</c>: its registry lists the nodes.</summary>
    [Required(ErrorMessage = "Gateway:Trust is required: the trust's GraphQL endpoint, whose registry lists the nodes.")]
    public string? Trust { get; set; }

    /// <summary>How often the gateway re-reads the registry and the nodes' schemas. Default 10 seconds; 100 ms to 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00", ErrorMessage = "Gateway:RefreshInterval must be between 00:00:00.1 and 01:00:00.")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one subrequest may take before its node counts as unavailable. Default 10 seconds; 50 ms to 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.05", "00:05:00", ErrorMessage = "Gateway:NodeTimeout must be between 00:00:00.05 and 00:05:00.")]
    public TimeSpan NodeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a failed query subrequest is retried (never a mutation). Default 1; 0 to 5.</summary>
    [Range(0, 5, ErrorMessage = "Gateway:QueryRetries must be between 0 and 5.")]
    public int QueryRetries { get; set; } = 1;

    /// <summary>How long a node that keeps failing is not asked at all. Default 5 seconds; 1 second to 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Gateway:BreakDuration must be between 00:00:01 and 00:10:00.")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many requests to nodes one caller's request may cause, fan-out and completion included. Default 200; 1 to 10,000.</summary>
    [Range(1, 10_000, ErrorMessage = "Gateway:MaxSubrequests must be between 1 and 10000.")]
    public int MaxSubrequests { get; set; } = 200;

    /// <summary>Whether the composed schema answers introspection (<c>__schema</c>, <c>__type</c>). Default true.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>A folder of trusted documents, each <c>{sha256}.graphql</c>, that callers may name by hash. Default none.</summary>
    public string? TrustedDocuments { get; set; }

    /// <summary>Whether only the trusted documents may run (a locked-down production gateway). Default false.</summary>
    public bool TrustedDocumentsOnly { get; set; }

    /// <summary>Whether a browser opening <c>/graphql</c> gets GraphiQL, the GraphQL IDE, served by the gateway itself. Default true.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary>
    /// The login hub whose access tokens the gateway accepts (its issuer URL). Default: the trust's own address, which is
    /// where the hub runs.
    /// </summary>
    public string? Hub { get; set; }

    public Uri TrustEndpoint => new(Trust!, UriKind.Absolute);

    public Uri HubIssuer => Hub is not null ? new Uri(Hub, UriKind.Absolute) : new Uri(TrustEndpoint, "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Trust is not null && (!Uri.TryCreate(Trust, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            yield return new ValidationResult($"Gateway:Trust must be an absolute http(s) URL, not '{Trust}'.", [nameof(Trust)]);
        if (Hub is not null && (!Uri.TryCreate(Hub, UriKind.Absolute, out var hub) || hub.Scheme is not ("http" or "https")))
            yield return new ValidationResult($"Gateway:Hub must be an absolute http(s) URL, not '{Hub}'.", [nameof(Hub)]);
    }
}
