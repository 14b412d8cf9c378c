using System.Text.Json;
using ProfD.Cli.Tests.Infrastructure;
using ProfD.Node.Demo;

namespace ProfD.Cli.Tests.Demo;

/// <summary>
/// The trust of <c>profd demo</c> as a real process, through its GraphQL at port base + 0: registry, harvested library,
/// lineage, triangles, mentors, provocations, community and dashboard, all as the background seeder leaves them.
/// </summary>
public sealed class DemoTrustProcessTests : IDisposable
{
    private static readonly string[] Institutions = ["makerere", "uclioe", "unimelb"];

    // The seeder runs in the background after the banner: generous, since other builds share the machine.
    private static readonly TimeSpan SeedDeadline = TimeSpan.FromMinutes(3);

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Demo_trust_shows_the_seeded_federation()
    {
        // Port base + 6 is for a third-party web front-end, which the demo hub accepts as a redirect.
        var portBase = FreePorts.Range(Institutions.Length + 4);
        var demoData = _temp.Combine("demo");
        using var profd = ProfdProcess.Start(_temp.Path, "demo", "--data", demoData, "--port-base", portBase.ToString());
        await profd.WaitForOutputAsync("Press Ctrl-C to stop.");
        // The community is for people of the federation: a candidate at uclioe logs in, as a person would.
        var password = (await File.ReadAllTextAsync(Path.Combine(demoData, "demo-password.txt"))).Trim();
        var token = await BrowserLogin.AccessTokenAsync(new Uri($"http://127.0.0.1:{portBase}/"), portBase + 6, "uclioe", "candidate@uclioe.demo", password);
        using var trust = new NodeClient(portBase, token);
        await trust.WaitUntilHealthyAsync(profd);
        var poll = new DemoPoll(trust, profd, SeedDeadline);

        await AssertRegistryAsync(poll);
        // The community is the seeder's last step: once it has threads, every earlier step has run.
        var spaces = await poll.UntilAsync("{ communitySpaces { name threads { title } } }",
            d => d.GetProperty("communitySpaces").EnumerateArray().Sum(s => s.GetProperty("threads").GetArrayLength()) >= 2);
        Assert.Contains(spaces.GetProperty("communitySpaces").EnumerateArray(), s => s.GetProperty("threads").EnumerateArray().Any(t => t.GetProperty("title").GetString() == "Introduce yourself"));

        await AssertHarvestedAsync(trust);
        await AssertLibraryAsync(trust);
        await AssertLineageAsync(trust);
        await AssertTrianglesAsync(trust);
        await AssertMentorsAndProvocationsAsync(trust);
        await AssertDashboardAsync(trust);

        profd.Interrupt();
        await profd.WaitForExitAsync();
        Assert.True(profd.ExitCode == 0, profd.Transcript);
    }

    private static async Task AssertRegistryAsync(DemoPoll poll)
    {
        // Health is checked in the background too: wait until each node has answered a check as compatible.
        var data = await poll.UntilAsync("{ institutions { totalCount nodes { code status health { reachable compatible } } } }",
            d => d.GetProperty("institutions").GetProperty("nodes").EnumerateArray().Count(i => i.GetProperty("health").GetProperty("compatible").GetBoolean()) == 3);
        var institutions = data.GetProperty("institutions").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(Institutions, institutions.Select(i => i.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.All(institutions, i =>
        {
            Assert.Equal("ACTIVE", i.GetProperty("status").GetString());
            Assert.True(i.GetProperty("health").GetProperty("reachable").GetBoolean(), i.ToString());
        });
    }

    private static async Task AssertHarvestedAsync(NodeClient trust)
    {
        var data = await trust.QueryAsync("{ institutions { nodes { code harvest { lastSuccessAt lastError changesApplied } } } }");
        Assert.All(data.GetProperty("institutions").GetProperty("nodes").EnumerateArray(), i =>
        {
            Assert.Equal(JsonValueKind.Null, i.GetProperty("harvest").GetProperty("lastError").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, i.GetProperty("harvest").GetProperty("lastSuccessAt").ValueKind);
            Assert.True(i.GetProperty("harvest").GetProperty("changesApplied").GetInt64() > 0, i.ToString());
        });
    }

    private static async Task AssertLibraryAsync(NodeClient trust)
    {
        var all = await trust.QueryAsync("{ library(first: 0) { totalCount facets { institution { value count } nation { value count } theme { value count } provocation { value count } } } }");
        var library = all.GetProperty("library");
        var byInstitution = Facet(library, "institution");
        Assert.Equal(Institutions, byInstitution.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(byInstitution.Values, count => Assert.True(count > 0));
        Assert.Equal(library.GetProperty("totalCount").GetInt32(), byInstitution.Values.Sum());
        Assert.Equal(["AU", "GB", "UG"], Facet(library, "nation").Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.NotEmpty(Facet(library, "theme"));

        // A shared theme finds exhibitions at more than one institution, with facets for just those hits.
        var search = (await trust.QueryAsync("{ library(search: \"oracy\", first: 100) { totalCount nodes { id } facets { institution { value count } } } }")).GetProperty("library");
        var hits = Facet(search, "institution");
        Assert.True(hits.Count > 1, search.ToString());
        Assert.Equal(search.GetProperty("totalCount").GetInt32(), hits.Values.Sum());
        Assert.True(search.GetProperty("totalCount").GetInt32() < library.GetProperty("totalCount").GetInt32(), "the search narrows the library");
        Assert.True(search.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!.Split(':')[0]).Distinct().Count() > 1, search.ToString());
    }

    private static async Task AssertLineageAsync(NodeClient trust)
    {
        var data = await trust.QueryAsync("{ library(first: 100) { nodes { id citedBy { id homeInstitution } } } }");
        var crossNode = data.GetProperty("library").GetProperty("nodes").EnumerateArray()
            .SelectMany(e => e.GetProperty("citedBy").EnumerateArray().Select(c => (Cited: e.GetProperty("id").GetString()!, By: c.GetProperty("homeInstitution").GetString()!)))
            .Where(l => l.Cited.Split(':')[0] != l.By)
            .ToList();
        Assert.True(crossNode.Count > 0, $"no exhibition is cited by work at another node: {data}");

        var (cited, by) = crossNode[0];
        var lineage = (await trust.QueryAsync($"{{ lineage(id: \"{cited}\") {{ citedByCount citedBy {{ homeInstitution }} }} }}")).GetProperty("lineage");
        Assert.Contains(lineage.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("homeInstitution").GetString() == by);
    }

    private static async Task AssertTrianglesAsync(NodeClient trust)
    {
        var data = await trust.QueryAsync("{ triangles(first: 100) { totalCount nodes { status complete members { nation economy homeInstitution } } } }");
        var triangles = data.GetProperty("triangles").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, triangles.Count);
        Assert.All(triangles, t =>
        {
            Assert.True(t.GetProperty("complete").GetBoolean(), t.ToString());
            var members = t.GetProperty("members").EnumerateArray().ToList();
            Assert.Equal(["AU", "GB", "UG"], members.Select(m => m.GetProperty("nation").GetString()!).Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(1, members.Count(m => m.GetProperty("economy").GetString() == "DEVELOPING"));
        });
    }

    private static async Task AssertMentorsAndProvocationsAsync(NodeClient trust)
    {
        var mentors = (await trust.QueryAsync("{ mentors(first: 100) { totalCount nodes { teacherId accreditation { status } } } }")).GetProperty("mentors");
        Assert.Equal(9, mentors.GetProperty("totalCount").GetInt32());
        Assert.All(mentors.GetProperty("nodes").EnumerateArray(), m => Assert.Equal("ACTIVE", m.GetProperty("accreditation").GetProperty("status").GetString()));

        // Every provocation the nodes' work cites resolves, both by ID and through the exhibitions that cite it.
        var cited = Enumerable.Range(0, DemoData.ProvocationCount).Select(DemoData.ProvocationIdOf).ToList();
        foreach (var id in cited)
        {
            var provocation = (await trust.QueryAsync($"{{ provocation(id: \"{id}\") {{ id title retired }} }}")).GetProperty("provocation");
            Assert.True(provocation.ValueKind == JsonValueKind.Object, $"{id} does not resolve");
            Assert.False(provocation.GetProperty("retired").GetBoolean());
        }
        var listed = (await trust.QueryAsync("{ provocations(first: 100, where: { retired: false }) { nodes { id } } }")).GetProperty("provocations").GetProperty("nodes");
        Assert.Equal(cited.Order(StringComparer.Ordinal), listed.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));

        var library = (await trust.QueryAsync("{ library(first: 100) { nodes { provocations { id } } facets { provocation { value count } } } }")).GetProperty("library");
        var resolved = library.GetProperty("nodes").EnumerateArray().SelectMany(e => e.GetProperty("provocations").EnumerateArray()).ToList();
        Assert.NotEmpty(resolved);
        Assert.All(resolved, p => Assert.Equal(JsonValueKind.Object, p.ValueKind));
        Assert.All(Facet(library, "provocation").Keys, id => Assert.Contains(id, cited));
    }

    private static async Task AssertDashboardAsync(NodeClient trust)
    {
        var data = await trust.QueryAsync("""
            { dashboard { schoolsWithoutTriangle programme { accreditedMentors mentorsPerCandidate trianglesComplete trianglesIncomplete exhibitionsPublished harvestLagSeconds unavailable
                                                             candidatesByStage { stage count } awardsPerYear { year count } medianMonthsToAward }
                          institutions { scope exhibitionsPublished } nations { scope } } }
            """);
        var dashboard = data.GetProperty("dashboard");
        var programme = dashboard.GetProperty("programme");
        Assert.Equal(0, programme.GetProperty("unavailable").GetArrayLength());
        Assert.Equal(9, programme.GetProperty("accreditedMentors").GetInt32());
        Assert.True(programme.GetProperty("mentorsPerCandidate").GetDouble() > 0, programme.ToString());
        Assert.Equal(5, programme.GetProperty("trianglesComplete").GetInt32());
        Assert.Equal(0, programme.GetProperty("trianglesIncomplete").GetInt32());
        Assert.True(programme.GetProperty("exhibitionsPublished").GetInt32() > 0, programme.ToString());
        Assert.True(programme.GetProperty("candidatesByStage").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()) > 0, programme.ToString());
        Assert.True(programme.GetProperty("awardsPerYear").GetArrayLength() > 0, programme.ToString());
        Assert.Equal(Institutions, dashboard.GetProperty("institutions").EnumerateArray().Select(r => r.GetProperty("scope").GetString()!).ToArray());
        Assert.Equal(["AU", "GB", "UG"], dashboard.GetProperty("nations").EnumerateArray().Select(r => r.GetProperty("scope").GetString()!).ToArray());
    }

    private static Dictionary<string, int> Facet(JsonElement connection, string facet) =>
        connection.GetProperty("facets").GetProperty(facet).EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    public void Dispose() => _temp.Dispose();
}
