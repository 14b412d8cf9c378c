namespace ProfD.Trust.Demo;

/// <summary>
/// What the demo trust sets up once the demo nodes run: which nodes to register, which schools to join in triangles,
/// which teachers to accredit, which provocation IDs to hold. The caller (profd demo) knows the demo nodes' IDs and the
/// provocation IDs their work cites; the trust itself does not.
/// </summary>
internal sealed record TrustDemoPlan(
    IReadOnlyList<TrustDemoNode> Nodes,
    IReadOnlyList<IReadOnlyList<string>> Triangles,
    IReadOnlyList<string> Mentors,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> Provocations);

/// <summary>A demo node to register.</summary>
internal sealed record TrustDemoNode(string Code, string Name, string Nation, string Endpoint);
