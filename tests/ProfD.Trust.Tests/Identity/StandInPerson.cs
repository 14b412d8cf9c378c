namespace ProfD.Trust.Tests.Identity;

/// <summary>Who a <see cref="StandInInstitutionProvider"/> signs in: what a node's identity provider asserts about a person.</summary>
public sealed record StandInPerson(
    string Subject,
    string HomeInstitution,
    string Name = "Ada Teacher",
    string Email = "ada@example.org",
    string Affiliation = "faculty",
    IReadOnlyList<string>? Roles = null);
