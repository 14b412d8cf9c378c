using System.ComponentModel.DataAnnotations;

namespace ProfD.Trust.Identity;

/// <summary>The login hub: who bootstraps as trust admin, which web apps may log in, and how long tokens live. Bound from <c>Trust:Identity</c>, validated at start.</summary>
internal sealed class TrustIdentityOptions : IValidatableObject
{
    public const string Section = "Trust:Identity";

    /// <summary>
    /// The hub's issuer: the trust's public origin (<c>https://trust.example/</c>), what nodes and the gateway name as their
    /// hub. Default: the origin each request came to, which suits a trust reached at one address only.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Global IDs of the people who hold TRUST_ADMIN from configuration (the bootstrap). Default none.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>The exact redirect URIs the public web client <c>profd-web</c> may use. Default none (no web login).</summary>
    public List<string> WebRedirectUris { get; set; } = [];

    /// <summary>How long an access token lives. Default 15 minutes; 1 minute to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Trust:Identity:AccessTokenLifetime must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Where the hub's signing and encryption keys and the harvester's secret live. Default <c>{Trust:DataDirectory}/keys/identity</c>.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>
    /// Per institution code, an OpenID provider to log its people in with instead of its node's own
    /// (an institution that already runs one). Default none: every node is its own provider.
    /// </summary>
    public Dictionary<string, InstitutionProviderOverride> Institutions { get; set; } = new(StringComparer.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Issuer is { Length: > 0 } && !Uri.TryCreate(Issuer, UriKind.Absolute, out _))
            yield return new ValidationResult($"Trust:Identity:Issuer: '{Issuer}' is not an absolute URI.");
        foreach (var uri in WebRedirectUris)
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Fragment.Length > 0)
                yield return new ValidationResult($"Trust:Identity:WebRedirectUris: '{uri}' is not an absolute URI without a fragment.");
        foreach (var admin in Admins)
            if (!ProfD.Schema.Ids.GlobalId.TryParse(admin, out _))
                yield return new ValidationResult($"Trust:Identity:Admins: '{admin}' is not a global ID (institution:Type:key).");
        foreach (var (code, provider) in Institutions)
        {
            if (provider.Issuer is { } issuer && !Uri.TryCreate(issuer, UriKind.Absolute, out _))
                yield return new ValidationResult($"Trust:Identity:Institutions:{code}:Issuer: '{issuer}' is not an absolute URI.");
        }
    }
}
