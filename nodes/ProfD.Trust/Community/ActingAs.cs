namespace ProfD.Trust.Community;

/// <summary>
/// Who a community request acts for: the signed-in person (or, in permit-all tests and the demo seeder, a named one),
/// and whether their token makes them a trust administrator, who moderates every space.
/// </summary>
internal sealed record ActingAs(string? PersonId, bool IsTrustAdmin = false);
