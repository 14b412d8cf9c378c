using ProfD.Cli.Trust;
using ProfD.Node.Demo;
using ProfD.Trust.Demo;

namespace ProfD.Cli.Demo;

/// <summary>
/// The demo's trust, at port base + 0, started after the nodes: it registers them, harvests them, forms triangles of
/// their schools (uclioe GB + unimelb AU + makerere UG), holds the provocations the nodes cite, accredits mentors, and opens a
/// community, in the background.
/// </summary>
internal static class DemoTrust
{
    /// <summary>Where the demo's web front-end runs, as an offset from <c>--port-base</c>; its login returns to <c>/signin-oidc</c>.</summary>
    public const int WebPortOffset = 5;

    /// <summary>Where a third-party web front-end may run beside the demo and log people in (<c>/signin-oidc</c>).</summary>
    public const int ThirdPartyWebPortOffset = 6;

    public static DemoPart Part { get; } = new(
        "trust",
        "the trust: registry, triangles, mentors, library, community, dashboard",
        0,
        site => TrustHost.Build(
            new TrustSettings(site.DataDirectory)
            {
                Admins = [DemoAccounts.TrustAdminSubject],
                // The demo's own web front-end and one more beside it (a third party's, or a test's) may log people in.
                WebRedirectUris =
                [
                    $"http://127.0.0.1:{site.Url.Port + WebPortOffset}/signin-oidc",
                    $"http://127.0.0.1:{site.Url.Port + ThirdPartyWebPortOffset}/signin-oidc",
                ],
            },
            site.Url.ToString(), LogLevel.Warning,
            builder => builder.Services.AddTrustDemo(PlanFor(site))));

    /// <summary>What the trust sets up for the nodes already running.</summary>
    public static TrustDemoPlan PlanFor(DemoSite site)
    {
        var nodes = site.Running
            .Select(r => (Running: r, Code: r.Part.Name.StartsWith("node ", StringComparison.Ordinal) ? r.Part.Name["node ".Length..] : null))
            .Where(n => n.Code is not null && DemoInstitutions.Codes.Contains(n.Code))
            .Select(n =>
            {
                var institution = DemoInstitutions.For(n.Code!);
                return new TrustDemoNode(institution.Code, institution.Name, institution.Nation, n.Running.GraphQL.ToString());
            })
            .ToList();
        // School i of each demo node: uclioe's are in GB, unimelb's in AU (developed), makerere's in UG (developing).
        var triangles = Enumerable.Range(0, 5)
            .Select(i => (IReadOnlyList<string>)[.. DemoInstitutions.Codes.Select(code => DemoData.GlobalIdOf(code, "School", i))])
            .ToList();
        var mentors = DemoInstitutions.Codes.SelectMany(code => DemoShape.Seniors.Take(3).Select(t => DemoData.GlobalIdOf(code, "Teacher", t))).ToList();
        var members = DemoInstitutions.Codes.SelectMany(code => DemoShape.Candidates.Take(2).Select(c => DemoData.GlobalIdOf(code, "Teacher", c.Teacher))).ToList();
        // The IDs the nodes' projects and exhibitions cite, so the trust holds exactly those provocations.
        var provocations = Enumerable.Range(0, DemoData.ProvocationCount).Select(DemoData.ProvocationIdOf).ToList();
        return new TrustDemoPlan(nodes, triangles, mentors, members, provocations);
    }
}
