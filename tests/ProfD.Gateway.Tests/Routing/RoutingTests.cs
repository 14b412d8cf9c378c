using System.Text.Json;
using ProfD.Gateway.Tests.Infrastructure;
using ProfD.Node.Demo;

namespace ProfD.Gateway.Tests.Routing;

/// <summary>Routing by data: each part of a query goes to the node that holds it, and only there, batched per node.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed class RoutingTests(DemoFederationFixture federation)
{
    [Fact]
    public async Task A_triangle_whose_schools_live_at_three_nodes_costs_one_entities_request_per_node()
    {
        var triangles = await federation.Trust.QueryAsync("{ triangles(first: 1) { nodes { id } } }");
        var triangle = triangles.GetProperty("triangles").GetProperty("nodes")[0].GetProperty("id").GetString();
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync(
            "query($id: ID!) { triangle(id: $id) { id schools { id name nation economy cohorts { id } } } }", new { id = triangle });

        var schools = data.GetProperty("triangle").GetProperty("schools").EnumerateArray().ToList();
        Assert.Equal(["AU", "GB", "UG"], schools.Select(s => s.GetProperty("nation").GetString()).Order());
        Assert.All(schools, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("name").GetString())));
        foreach (var (code, node) in federation.Nodes)
        {
            var requests = node.Log.Requests;
            Assert.True(requests.Count == 1, $"{code} got {requests.Count} requests:\n{string.Join("\n", requests.Select(r => r.Query))}");
            Assert.Contains("_entities", requests[0].Query, StringComparison.Ordinal);
            var representations = requests[0].Variables.GetProperty("gwRepresentations").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
            Assert.All(representations, id => Assert.StartsWith(code + ":", id, StringComparison.Ordinal));
        }
        Assert.Single(federation.Trust.Log.Requests);
    }

    [Fact]
    public async Task Node_with_a_trust_id_is_answered_by_the_trust_and_its_schools_by_their_nodes()
    {
        var triangles = await federation.Trust.QueryAsync("{ triangles(first: 1) { nodes { id name } } }");
        var triangle = triangles.GetProperty("triangles").GetProperty("nodes")[0];
        var id = triangle.GetProperty("id").GetString()!;
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Triangle { name schools { nation } } } }", new { id });

        var node = data.GetProperty("node");
        Assert.Equal(("Triangle", id), (node.GetProperty("__typename").GetString(), node.GetProperty("id").GetString()));
        Assert.Equal(triangle.GetProperty("name").GetString(), node.GetProperty("name").GetString());
        Assert.Equal(["AU", "GB", "UG"], node.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("nation").GetString()).Order());
        var trust = Assert.Single(federation.Trust.Log.Requests);
        Assert.Contains("_entities", trust.Query, StringComparison.Ordinal);
        Assert.All(federation.Nodes.Values, n => Assert.Single(n.Log.Requests));
    }

    [Fact]
    public async Task Node_with_a_trust_id_the_trust_does_not_have_is_null_without_asking_any_node()
    {
        federation.ClearLogs();

        var response = await federation.Gateway.PostAsync("{ node(id: \"trust:Triangle:NOPE\") { id } }");

        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("node").ValueKind);
        Assert.False(response.TryGetProperty("errors", out _));
        Assert.Single(federation.Trust.Log.Requests);
        Assert.All(federation.Nodes.Values, n => Assert.Empty(n.Log.Requests));
    }

    [Fact]
    public async Task A_showing_at_another_nodes_school_gets_that_school_from_its_home_node_in_one_request_per_node()
    {
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync(
            "{ exhibitions(first: 50, institutions: [\"uclioe\"], where: { status: { eq: PUBLISHED } }) { nodes { showings { schoolId school { id name nation } } } } }");

        var showings = data.GetProperty("exhibitions").GetProperty("nodes").EnumerateArray().SelectMany(e => e.GetProperty("showings").EnumerateArray()).ToList();
        Assert.All(showings, s => Assert.Equal(s.GetProperty("schoolId").GetString(), s.GetProperty("school").GetProperty("id").GetString()));
        Assert.All(showings, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("school").GetProperty("name").GetString())));
        var elsewhere = showings.Select(s => s.GetProperty("schoolId").GetString()!).Where(id => !id.StartsWith("uclioe:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(elsewhere);
        AssertEachAskedOnceAtItsHome(elsewhere, "unimelb", "makerere");
    }

    [Fact]
    public async Task A_mentor_at_another_node_is_followed_there_and_a_local_mentor_comes_with_the_candidate()
    {
        var data = await federation.Gateway.QueryAsync(
            "{ candidates(first: 100, institutions: [\"makerere\"]) { nodes { mentorships { mentorId mentor { id displayName school { nation } } } } } }");

        var mentorships = data.GetProperty("candidates").GetProperty("nodes").EnumerateArray().SelectMany(c => c.GetProperty("mentorships").EnumerateArray()).ToList();
        Assert.All(mentorships, m => Assert.Equal(m.GetProperty("mentorId").GetString(), m.GetProperty("mentor").GetProperty("id").GetString()));
        Assert.All(mentorships, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("mentor").GetProperty("displayName").GetString())));
        var foreign = mentorships.Where(m => !m.GetProperty("mentorId").GetString()!.StartsWith("makerere:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(foreign);
        Assert.All(foreign, m => Assert.NotEqual("UG", m.GetProperty("mentor").GetProperty("school").GetProperty("nation").GetString()));
        Assert.Contains(mentorships, m => m.GetProperty("mentorId").GetString()!.StartsWith("makerere:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_research_links_targets_at_other_nodes_are_fetched_there_once_each_by_type()
    {
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync(
            "{ researchProjects(first: 100, institutions: [\"uclioe\"]) { nodes { buildsOn { targetId target { __typename ... on ResearchProject { id title } ... on Exhibition { id title } } } } } }");

        var links = data.GetProperty("researchProjects").GetProperty("nodes").EnumerateArray().SelectMany(p => p.GetProperty("buildsOn").EnumerateArray()).ToList();
        Assert.All(links, l => Assert.Equal(l.GetProperty("targetId").GetString(), l.GetProperty("target").GetProperty("id").GetString()));
        Assert.All(links, l => Assert.Equal(l.GetProperty("targetId").GetString()!.Split(':')[1], l.GetProperty("target").GetProperty("__typename").GetString()));
        Assert.All(links, l => Assert.False(string.IsNullOrEmpty(l.GetProperty("target").GetProperty("title").GetString())));
        var elsewhere = links.Select(l => l.GetProperty("targetId").GetString()!).Where(id => !id.StartsWith("uclioe:", StringComparison.Ordinal)).ToList();
        Assert.Contains(elsewhere, id => id.Contains(":Exhibition:", StringComparison.Ordinal));
        Assert.Contains(elsewhere, id => id.Contains(":ResearchProject:", StringComparison.Ordinal));
        AssertEachAskedOnceAtItsHome(elsewhere, "unimelb", "makerere");
    }

    /// <summary>
    /// Each node of <paramref name="codes"/> got one <c>_entities</c> request per type of the <paramref name="ids"/> it
    /// holds (none if it holds none), and together they asked for each of its IDs once.
    /// </summary>
    private void AssertEachAskedOnceAtItsHome(IReadOnlyList<string> ids, params string[] codes)
    {
        foreach (var code in codes)
        {
            var asked = ids.Where(id => id.StartsWith(code + ":", StringComparison.Ordinal)).Distinct().ToList();
            var requests = federation.Nodes[code].Log.Requests;
            Assert.Equal(asked.Select(id => id.Split(':')[1]).Distinct().Count(), requests.Count);
            Assert.All(requests, r => Assert.Contains("_entities", r.Query, StringComparison.Ordinal));
            Assert.Equal(asked.Order(), requests.SelectMany(r => r.Variables.GetProperty("gwRepresentations").EnumerateArray()).Select(r => r.GetProperty("id").GetString()!).Order());
        }
    }

    [Fact]
    public async Task Many_triangles_still_cost_one_entities_request_per_node_per_level_and_each_school_once()
    {
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync("{ triangles(first: 5) { nodes { schools { name } } } }");

        Assert.Equal(5, data.GetProperty("triangles").GetProperty("nodes").GetArrayLength());
        foreach (var node in federation.Nodes.Values)
        {
            var request = Assert.Single(node.Log.Requests);
            var ids = request.Variables.GetProperty("gwRepresentations").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
            Assert.Equal(5, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public async Task A_lookup_by_id_reaches_only_the_home_node_of_that_id()
    {
        var school = DemoData.GlobalIdOf("unimelb", "School", 2);
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync("query($id: ID!) { school(id: $id) { id name nation } }", new { id = school });

        Assert.Equal(school, data.GetProperty("school").GetProperty("id").GetString());
        Assert.Equal("AU", data.GetProperty("school").GetProperty("nation").GetString());
        Assert.Single(federation.Nodes["unimelb"].Log.Requests);
        Assert.Empty(federation.Nodes["uclioe"].Log.Requests);
        Assert.Empty(federation.Nodes["makerere"].Log.Requests);
        Assert.Empty(federation.Trust.Log.Requests);
    }

    [Fact]
    public async Task Fields_the_trust_contributes_are_fetched_from_the_trust_in_one_request()
    {
        federation.ClearLogs();

        var data = await federation.Gateway.QueryAsync("{ schools(first: 6, institutions: [\"uclioe\"]) { nodes { id name triangle { id } } } }");

        var schools = data.GetProperty("schools").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(6, schools.Count);
        Assert.Contains(schools, s => s.GetProperty("triangle").ValueKind == JsonValueKind.Object);
        var trust = Assert.Single(federation.Trust.Log.Requests);
        Assert.Contains("_entities", trust.Query, StringComparison.Ordinal);
        Assert.Equal(6, trust.Variables.GetProperty("gwRepresentations").GetArrayLength());
    }

    [Fact]
    public async Task A_malformed_id_is_refused_by_the_gateway_and_an_unknown_institution_is_not_found()
    {
        federation.ClearLogs();

        var malformed = await federation.Gateway.PostAsync("{ school(id: \"not an id\") { name } }");
        var unknown = await federation.Gateway.PostAsync("{ school(id: \"atlantis:School:01ABC\") { name } }");

        Assert.Equal("BAD_USER_INPUT", malformed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("NOT_FOUND", unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("data").GetProperty("school").ValueKind);
        Assert.All(federation.Nodes.Values, n => Assert.Empty(n.Log.Requests));
    }

    [Fact]
    public async Task A_node_error_keeps_its_code_and_gets_the_path_in_the_composed_answer()
    {
        var body = await federation.Gateway.PostAsync(
            "mutation($id: ID!) { updateSchool(id: $id, input: { name: \"\" }) { id } }", new { id = DemoData.GlobalIdOf("makerere", "School", 0) });

        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("makerere", error.GetProperty("extensions").GetProperty("institution").GetString());
        Assert.Equal(["updateSchool"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_field_with_no_id_to_route_by_goes_to_the_node_named_and_is_refused_without_one()
    {
        var named = await federation.Gateway.QueryAsync("{ institution(node: \"makerere\") { code name } }");
        var unnamed = await federation.Gateway.PostAsync("{ institution { code } }");

        Assert.Equal("makerere", named.GetProperty("institution").GetProperty("code").GetString());
        var error = unnamed.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("node", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Headers_and_the_trace_reach_every_node_a_query_touches()
    {
        federation.ClearLogs();
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        await federation.Gateway.PostAsync("{ schools(first: 3) { nodes { name triangle { id } } } }", headers: new Dictionary<string, string>
        {
            ["Accept-Language"] = "fr-FR",
            ["traceparent"] = $"00-{traceId}-00f067aa0ba902b7-01",
        });

        var touched = federation.Nodes.Values.SelectMany(n => n.Log.Requests).Concat(federation.Trust.Log.Requests).ToList();
        Assert.Equal(4, touched.Count);
        Assert.All(touched, r => Assert.Equal("fr-FR", r.Headers["Accept-Language"]));
        Assert.All(touched, r => Assert.StartsWith($"00-{traceId}-", r.Headers["traceparent"], StringComparison.Ordinal));
    }
}
