namespace ProfD.Node.Tests.Access;

/// <summary>The callers of the access table, each as the <c>X-Test-Caller</c> header that says who they are (null: anonymous).</summary>
public enum Caller
{
    Anonymous,
    OtherInstitutionPerson,
    Member,
    TheCandidate,
    MentorElsewhere,
    AssignedAdjudicator,
    OtherAdjudicator,
    Admin,
    Harvester,

    /// <summary>Not a column of the table: the panel's second member, for the independence tests.</summary>
    OtherAdjudicatorOnPanel,
}

internal static class Callers
{
    public static string? Header(Caller caller) => caller switch
    {
        Caller.Anonymous => null,
        Caller.OtherInstitutionPerson => "person=away:Teacher:X1;home=away",
        Caller.Member => $"person={AccessWorld.Member};home={AccessWorld.Institution}",
        Caller.TheCandidate => $"person={AccessWorld.CandidateTeacher};home={AccessWorld.Institution}",
        Caller.MentorElsewhere => $"person={AccessWorld.Mentor};home=away;roles=ACCREDITED_MENTOR",
        Caller.AssignedAdjudicator => $"person={AccessWorld.Adjudicator};home=away;roles=ADJUDICATOR",
        Caller.OtherAdjudicator => $"person={AccessWorld.OtherAdjudicator};home=away;roles=ADJUDICATOR",
        Caller.Admin => $"person={AccessWorld.Admin};home={AccessWorld.Institution};roles=INSTITUTION_ADMIN",
        Caller.Harvester => "client=trust-harvester;scopes=profd.harvest",
        Caller.OtherAdjudicatorOnPanel => $"person={AccessWorld.SecondAdjudicator};home=away;roles=ADJUDICATOR",
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };
}
