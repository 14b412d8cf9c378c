namespace ProfD.Trust.Identity;

/// <summary>An institution's own OpenID provider, used instead of its node's.</summary>
internal sealed class InstitutionProviderOverride
{
    /// <summary>The provider's issuer. Default: the origin of the node's endpoint.</summary>
    public string? Issuer { get; set; }

    /// <summary>The hub's client ID there. Default <c>profd-hub</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The hub's client secret there, if it is a confidential client. Default none (public client with PKCE).</summary>
    public string? ClientSecret { get; set; }
}
