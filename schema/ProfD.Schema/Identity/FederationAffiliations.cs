namespace ProfD.Schema.Identity;

/// <summary>The eduPerson affiliations ProfD exchanges: how a person belongs to their institution.</summary>
public static class FederationAffiliations
{
    /// <summary>Employed by the institution, not teaching on the programme.</summary>
    public const string Staff = "staff";

    /// <summary>Teaches or supervises on the programme.</summary>
    public const string Faculty = "faculty";

    /// <summary>A candidate on the programme.</summary>
    public const string Student = "student";

    /// <summary>Any other member, for example a partner school's teacher.</summary>
    public const string Member = "member";

    /// <summary>Every affiliation, in this order.</summary>
    public static IReadOnlyList<string> All { get; } = [Staff, Faculty, Student, Member];
}
