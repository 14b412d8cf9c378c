using ProfD.Node.Demo;
using ProfD.Trust.Demo;

namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>
/// The demo federation in one process, as <c>profd demo</c> builds it: three seeded nodes in GB, AU and UG, the trust
/// with them registered, harvested and their schools in triangles, and the gateway over it all.
/// </summary>
public sealed class DemoFederationFixture : IAsyncLifetime
{
    public static readonly string[] Institutions = ["uclioe", "unimelb", "makerere"];

    public IReadOnlyDictionary<string, TestNode> Nodes { get; private set; } = new Dictionary<string, TestNode>();

    public TestTrust Trust { get; private set; } = null!;

    public TestGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var nodes = await Task.WhenAll(Institutions.Select(code => TestNode.StartAsync(code, seedDemoData: true, DemoInstitutions.For(code).Nation)));
        Nodes = nodes.ToDictionary(n => n.Institution);
        var plan = new TrustDemoPlan(
            [.. nodes.Select(n => new TrustDemoNode(n.Institution, DemoInstitutions.For(n.Institution).Name, DemoInstitutions.For(n.Institution).Nation, n.Endpoint))],
            [.. Enumerable.Range(0, 5).Select(i => (IReadOnlyList<string>)[.. Institutions.Select(code => DemoData.GlobalIdOf(code, "School", i))])],
            [.. Institutions.SelectMany(code => DemoShape.Seniors.Take(3).Select(t => DemoData.GlobalIdOf(code, "Teacher", t)))],
            [.. Institutions.SelectMany(code => DemoShape.Candidates.Take(2).Select(c => DemoData.GlobalIdOf(code, "Teacher", c.Teacher)))],
            [.. Enumerable.Range(0, DemoData.ProvocationCount).Select(DemoData.ProvocationIdOf)]);
        Trust = await TestTrust.StartAsync(plan);
        Gateway = await TestGateway.StartAsync(Trust.Endpoint);
    }

    /// <summary>Forgets what every server has been asked so far.</summary>
    public void ClearLogs()
    {
        foreach (var node in Nodes.Values) node.Log.Clear();
        Trust.Log.Clear();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Trust.DisposeAsync();
        foreach (var node in Nodes.Values) await node.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoFederationCollection : ICollectionFixture<DemoFederationFixture>
{
    public const string Name = "demo federation";
}
