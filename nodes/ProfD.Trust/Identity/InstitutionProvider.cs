namespace ProfD.Trust.Identity;

/// <summary>An institution whose people can log in, and the OpenID provider that vouches for them.</summary>
internal sealed record InstitutionProvider(string Code, string Name, Uri Issuer, string ClientId, string? ClientSecret)
{
    /// <summary>The hub's client ID at every node's identity provider.</summary>
    public const string DefaultClientId = "profd-hub";

    /// <summary>Stable while the institution's provider stays put, so a login started before a registry change still completes.</summary>
    public string RegistrationId => $"{Code}|{Issuer.AbsoluteUri}|{ClientId}";
}
