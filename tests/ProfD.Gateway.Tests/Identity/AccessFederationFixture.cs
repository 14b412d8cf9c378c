using ProfD.Gateway.Tests.Infrastructure;
using ProfD.Node.Demo;
using ProfD.Node.Exhibitions;
using ProfD.Trust.Demo;

namespace ProfD.Gateway.Tests.Identity;

/// <summary>
/// Two seeded nodes applying their real access rules to tokens from a stand-in hub, registered at a trust, with the
/// gateway over them validating the same hub's tokens: the rules seen from a client of the gateway.
/// </summary>
public sealed class AccessFederationFixture : IAsyncLifetime
{
    public static readonly string[] Institutions = ["uclioe", "unimelb"];

    public TestTokenIssuer Hub { get; private set; } = null!;

    public TestGateway Gateway { get; private set; } = null!;

    /// <summary>The uclioe teacher whose candidacy has a draft exhibition, and that draft's global ID.</summary>
    public string Candidate { get; private set; } = "";

    public string DraftExhibition { get; private set; } = "";

    private TestNode[] _nodes = [];
    private TestTrust _trust = null!;

    public async Task InitializeAsync()
    {
        Hub = await TestTokenIssuer.StartAsync();
        _nodes = await Task.WhenAll(Institutions.Select(code =>
            TestNode.StartAsync(code, seedDemoData: true, DemoInstitutions.For(code).Nation, hub: Hub.Issuer)));
        var plan = new TrustDemoPlan(
            [.. _nodes.Select(n => new TrustDemoNode(n.Institution, DemoInstitutions.For(n.Institution).Name, DemoInstitutions.For(n.Institution).Nation, n.Endpoint))],
            [], [], [], []);
        _trust = await TestTrust.StartAsync(plan);
        Gateway = await TestGateway.StartAsync(_trust.Endpoint, new Dictionary<string, string?> { ["Gateway:Hub"] = Hub.Issuer });
        await Gateway.RefreshAsync();

        var demo = DemoData.Build("uclioe", TimeProvider.System);
        var teacher = DemoAccounts.For("uclioe", "uclioe", TimeProvider.System).Single(a => a.Email.StartsWith("candidate@", StringComparison.Ordinal)).TeacherKey!;
        var candidacy = demo.Candidates.First(c => c.TeacherId == teacher).Id;
        Candidate = $"uclioe:Teacher:{teacher}";
        DraftExhibition = $"uclioe:Exhibition:{demo.Exhibitions.First(e => e.CandidateId == candidacy && e.Status == ExhibitionStatus.Draft).Id}";
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _trust.DisposeAsync();
        foreach (var node in _nodes) await node.DisposeAsync();
        await Hub.DisposeAsync();
    }
}
