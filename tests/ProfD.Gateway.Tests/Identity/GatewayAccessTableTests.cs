using System.Text.Json;
using ProfD.Schema.Identity;

namespace ProfD.Gateway.Tests.Identity;

/// <summary>
/// docs/security.md's table seen through the gateway, with real tokens: the gateway only forwards them, each node
/// decides, and a refusal arrives as the node's FORBIDDEN or UNAUTHENTICATED with the rest of the answer intact.
/// </summary>
public sealed class GatewayAccessTableTests(AccessFederationFixture federation) : IClassFixture<AccessFederationFixture>
{
    public enum Who { Anonymous, UclioeMember, TheCandidate, UclioeAdmin, UnimelbAdmin }

    /// <summary>What each caller gets, in <see cref="Who"/> order: A allowed, F FORBIDDEN, U UNAUTHENTICATED.</summary>
    private static readonly (string Name, string Document, string Expected)[] Rows =
    [
        ("schools everywhere", "{ schools(first: 100) { totalCount } }", "AAAAA"),
        ("published exhibitions everywhere", "{ exhibitions(first: 5) { totalCount nodes { title authorName } } }", "AAAAA"),
        ("uclioe's cohorts", """{ cohorts(first: 5, institutions: ["uclioe"]) { totalCount } }""", "UAAAF"),
        ("unimelb's cohorts", """{ cohorts(first: 5, institutions: ["unimelb"]) { totalCount } }""", "UFFFA"),
        ("the draft exhibition", "query($id: ID!) { exhibition(id: $id) { title status } }", "UFAAF"),
        ("a school at uclioe", """mutation { createSchool(node: "uclioe", input: { name: "Gateway table school", nation: "GB", economy: DEVELOPED }) { id } }""", "UFFAF"),
        ("a school at unimelb", """mutation { createSchool(node: "unimelb", input: { name: "Gateway table school", nation: "AU", economy: DEVELOPED }) { id } }""", "UFFFA"),
    ];

    public static TheoryData<string, Who> Cases()
    {
        var data = new TheoryData<string, Who>();
        foreach (var row in Rows)
            foreach (var who in Enum.GetValues<Who>())
                data.Add(row.Name, who);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_gets_what_the_table_says_through_the_gateway(string operation, Who who)
    {
        var row = Rows.Single(r => r.Name == operation);
        var expected = row.Expected[(int)who] switch { 'A' => null, 'F' => "FORBIDDEN", _ => "UNAUTHENTICATED" };

        var body = await PostAsync(who, row.Document, new { id = federation.DraftExhibition });

        var codes = body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList()
            : [];
        if (expected is null)
        {
            Assert.True(codes.Count == 0, $"{who} was refused {operation}: {body}");
            Assert.Equal(JsonValueKind.Object, body.GetProperty("data").ValueKind);
        }
        else
        {
            Assert.True(codes.Count > 0 && codes.All(c => c == expected), $"{who} on {operation}: expected {expected}, got {body}");
        }
    }

    [Theory]
    [InlineData(Who.UclioeMember, "uclioe")]
    [InlineData(Who.UnimelbAdmin, "unimelb")]
    public async Task Candidates_across_the_federation_are_only_those_of_the_callers_home(Who who, string home)
    {
        var body = await PostAsync(who, "{ candidates(first: 100) { totalCount nodes { id } } }");

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var candidates = body.GetProperty("data").GetProperty("candidates");
        var ids = candidates.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith(home + ":", id, StringComparison.Ordinal));
        Assert.Equal(ids.Count, candidates.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_research_links_target_elsewhere_is_what_its_home_node_lets_the_caller_see()
    {
        var body = await PostAsync(Who.UclioeMember,
            "{ researchProjects(first: 100, institutions: [\"uclioe\"]) { nodes { buildsOn { targetId target { __typename ... on ResearchProject { title } ... on Exhibition { title } } } } } }");

        var projects = body.GetProperty("data").GetProperty("researchProjects").GetProperty("nodes").EnumerateArray().ToList();
        var links = projects.SelectMany((p, i) => p.GetProperty("buildsOn").EnumerateArray().Select((l, j) => (Path: $"researchProjects.nodes.{i}.buildsOn.{j}.target", Link: l))).ToList();
        var errors = body.TryGetProperty("errors", out var e) ? e.EnumerateArray().ToList() : [];
        string? CodeAt(string path) => errors.FirstOrDefault(x => string.Join('.', x.GetProperty("path").EnumerateArray().Select(s => s.ToString())) == path) is { ValueKind: JsonValueKind.Object } error
            ? error.GetProperty("extensions").GetProperty("code").GetString() : null;

        // uclioe's own work and unimelb's published exhibitions come back; unimelb's projects are for its members only.
        var local = links.Where(l => l.Link.GetProperty("targetId").GetString()!.StartsWith("uclioe:", StringComparison.Ordinal)).ToList();
        var exhibitions = links.Where(l => l.Link.GetProperty("targetId").GetString()!.StartsWith("unimelb:Exhibition:", StringComparison.Ordinal)).ToList();
        var projectsThere = links.Where(l => l.Link.GetProperty("targetId").GetString()!.StartsWith("unimelb:ResearchProject:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(local);
        Assert.NotEmpty(exhibitions);
        Assert.NotEmpty(projectsThere);
        Assert.All(local.Concat(exhibitions), l => Assert.False(string.IsNullOrEmpty(l.Link.GetProperty("target").GetProperty("title").GetString()), l.Path));
        Assert.All(local.Concat(exhibitions), l => Assert.Null(CodeAt(l.Path)));
        Assert.All(projectsThere, l => Assert.Equal(JsonValueKind.Null, l.Link.GetProperty("target").ValueKind));
        Assert.All(projectsThere, l => Assert.Equal("FORBIDDEN", CodeAt(l.Path)));
        // makerere is not in this federation: each of its targets is null with its own NOT_FOUND, and no error names a
        // gateway alias.
        var absent = links.Where(l => l.Link.GetProperty("targetId").GetString()!.StartsWith("makerere:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(absent);
        Assert.All(absent, l => Assert.Equal("NOT_FOUND", CodeAt(l.Path)));
        Assert.DoesNotContain(errors, x => x.GetProperty("path").EnumerateArray().Any(s => s.ToString().StartsWith("_gw", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_nodes_refusal_that_empties_its_page_is_at_the_connection_and_the_other_nodes_items_stay()
    {
        // Versions of a published exhibition are for its institution's admins: unimelb refuses them to uclioe's admin, and
        // since versions is non-null, GraphQL's null reaches the whole of unimelb's page.
        var body = await PostAsync(Who.UclioeAdmin, "{ exhibitions(first: 50) { nodes { id versions { number } } } }");

        var ids = body.GetProperty("data").GetProperty("exhibitions").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("uclioe:", id, StringComparison.Ordinal));
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(("FORBIDDEN", "unimelb"),
            (e.GetProperty("extensions").GetProperty("code").GetString(), e.GetProperty("extensions").GetProperty("institution").GetString())));
        Assert.All(errors, e => Assert.Equal(["exhibitions"], e.GetProperty("path").EnumerateArray().Select(s => s.ToString())));
    }

    private Task<JsonElement> PostAsync(Who who, string document, object? variables = null)
    {
        var token = who switch
        {
            Who.Anonymous => null,
            Who.UclioeMember => federation.Hub.PersonToken("uclioe:Teacher:not-a-candidate", "uclioe"),
            Who.TheCandidate => federation.Hub.PersonToken(federation.Candidate, "uclioe"),
            Who.UclioeAdmin => federation.Hub.PersonToken("uclioe:Account:admin", "uclioe", [FederationRoles.InstitutionAdmin]),
            _ => federation.Hub.PersonToken("unimelb:Account:admin", "unimelb", [FederationRoles.InstitutionAdmin]),
        };
        var headers = token is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        return federation.Gateway.PostAsync(document, variables, headers);
    }
}
