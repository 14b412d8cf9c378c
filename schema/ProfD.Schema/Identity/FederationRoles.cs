namespace ProfD.Schema.Identity;

/// <summary>The roles a federation token can carry. Institution roles come from the home node; trust roles from the trust.</summary>
public static class FederationRoles
{
    /// <summary>Runs the home institution: its people, schools, cohorts, panels and final decisions.</summary>
    public const string InstitutionAdmin = "INSTITUTION_ADMIN";

    /// <summary>Runs the trust: the registry, triangles, accreditation and moderation.</summary>
    public const string TrustAdmin = "TRUST_ADMIN";

    /// <summary>Facilitates the trust's programme: triangles, community spaces and moderation.</summary>
    public const string Facilitator = "FACILITATOR";

    /// <summary>Holds the trust's mentor accreditation.</summary>
    public const string AccreditedMentor = "ACCREDITED_MENTOR";

    /// <summary>Is on the trust's list of adjudicators.</summary>
    public const string Adjudicator = "ADJUDICATOR";

    /// <summary>A service that reads the nodes' change feeds for the library (client credentials only).</summary>
    public const string Harvester = "HARVESTER";

    /// <summary>The roles only the trust grants.</summary>
    public static IReadOnlyList<string> TrustGranted { get; } = [TrustAdmin, Facilitator, AccreditedMentor, Adjudicator];

    /// <summary>The roles a home institution may grant its own people.</summary>
    public static IReadOnlyList<string> InstitutionGranted { get; } = [InstitutionAdmin];
}
