namespace ProfD.Node.Access;

/// <summary>
/// The rules of an institution node, one per row of docs/security.md ("At an institution node"). "Member" is a person
/// whose home is this institution; "admin" a member with INSTITUTION_ADMIN.
/// </summary>
internal static partial class NodeAccess
{
    public static readonly AccessRule Anyone = new("anyone", _ => true);

    public static readonly AccessRule SignedInPerson = new("any signed-in person", c => c.Caller.IsPerson);

    public static readonly AccessRule Member = new("a member", c => c.IsMember);

    public static readonly AccessRule Admin = new("an admin", c => c.IsAdmin);

    public static readonly AccessRule Harvester = new("a harvester", c => c.IsHarvester);

    /// <summary>The change feed: harvesters, and admins checking what they publish.</summary>
    public static readonly AccessRule HarvesterOrAdmin = Harvester.Or(Admin);

    /// <summary>
    /// Teacher profiles: mentoring crosses nodes, so any person of the federation; harvesters, the public mentors
    /// (offering mentoring) that the change feed carries.
    /// </summary>
    public static readonly AccessRule TeacherReader = new("any signed-in person; a harvester, public mentors", c => c.Caller.IsPerson
        || (c.IsHarvester && c.Source is not ProfD.Node.Teachers.Teacher { OffersMentoring: false }));
}
