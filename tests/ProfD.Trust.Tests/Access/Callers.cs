namespace ProfD.Trust.Tests.Access;

/// <summary>The callers of the access table, as <see cref="TestCallerAuthentication"/> headers, in the order of its verdicts.</summary>
public static class Callers
{
    public const string SpaceFacilitatorId = "north:Teacher:FAC1";
    public const string PersonId = "east:Teacher:T1";

    public static readonly IReadOnlyList<(string Name, string? Header)> All =
    [
        ("anonymous", null),
        ("person", $"person={PersonId};home=east;scopes=profd"),
        ("institutionAdmin", "person=north:Teacher:ADM1;home=north;roles=INSTITUTION_ADMIN;scopes=profd"),
        ("spaceFacilitator", $"person={SpaceFacilitatorId};home=north;roles=FACILITATOR;scopes=profd"),
        ("facilitatorElsewhere", "person=east:Teacher:FAC2;home=east;roles=FACILITATOR;scopes=profd"),
        ("trustAdmin", "person=north:Teacher:BOSS;home=north;roles=TRUST_ADMIN;scopes=profd"),
        ("harvester", "client=profd-harvester;roles=HARVESTER;scopes=profd.harvest"),
    ];

    public static string? Header(string name) => All.Single(c => c.Name == name).Header;
}
