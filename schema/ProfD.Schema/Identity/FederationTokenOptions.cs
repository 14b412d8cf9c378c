namespace ProfD.Schema.Identity;

/// <summary>Where a resource server (a node, the gateway) finds the hub whose tokens it accepts. Bound from <c>Identity</c>.</summary>
public sealed class FederationTokenOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Identity";

    /// <summary>
    /// The hub's issuer URL (the trust's address). Its signing keys come from its discovery document. Empty: no token is
    /// accepted and every caller is anonymous, so only public data can be read.
    /// </summary>
    public Uri? Hub { get; set; }
}
