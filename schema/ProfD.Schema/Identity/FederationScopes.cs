namespace ProfD.Schema.Identity;

/// <summary>Scopes and the audience of the federation's tokens.</summary>
public static class FederationScopes
{
    /// <summary>The audience of every federation access token: the nodes, the trust and the gateway all accept it.</summary>
    public const string Audience = "profd";

    /// <summary>Read and write through the federation's GraphQL API as the signed-in person.</summary>
    public const string Api = "profd";

    /// <summary>Read the nodes' change feeds (the trust's harvester).</summary>
    public const string Harvest = "profd.harvest";

    /// <summary>The person's affiliation and home institution in the ID token and user info.</summary>
    public const string Affiliation = "affiliation";

    /// <summary>The person's roles in the ID token and user info.</summary>
    public const string Roles = "roles";
}
