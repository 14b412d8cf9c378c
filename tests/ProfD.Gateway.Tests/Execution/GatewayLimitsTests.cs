using System.Text.Json;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.Execution;

/// <summary>What a gateway operator expects: plans made once per query, introspection that can be switched off, a cap on fan-out.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed class GatewayLimitsTests(DemoFederationFixture federation)
{
    private const string CrossNode = "{ schools(first: 5, orderBy: [{field: NAME, direction: DESC}]) { nodes { name triangle { schools { name } } } } }";

    [Fact]
    public async Task A_repeated_query_is_not_planned_again()
    {
        var plans = federation.Gateway.State.Current.Composed!.Plans;
        var first = await federation.Gateway.QueryAsync(CrossNode);
        var (hits, misses) = (plans.Hits, plans.Misses);

        var second = await federation.Gateway.QueryAsync(CrossNode);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(misses, plans.Misses);
        Assert.True(plans.Hits > hits, $"{plans.Hits} hits after {hits}");
    }

    [Fact]
    public async Task A_repeated_document_is_validated_once_and_its_variables_every_time()
    {
        const string ByCount = "query($n: Int!) { schools(first: $n, orderBy: [{field: NAME, direction: ASC}]) { nodes { name } } }";
        var documents = federation.Gateway.State.Current.Composed!.Documents;
        var first = await federation.Gateway.QueryAsync(ByCount, new { n = 2 });
        var (hits, misses) = (documents.Hits, documents.Misses);

        var second = await federation.Gateway.QueryAsync(ByCount, new { n = 3 });
        var wrong = await federation.Gateway.PostAsync(ByCount, new { n = "three" });

        Assert.Equal((hits + 2, misses), (documents.Hits, documents.Misses));
        Assert.Equal(2, first.GetProperty("schools").GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, second.GetProperty("schools").GetProperty("nodes").GetArrayLength());
        Assert.Equal("BAD_USER_INPUT", wrong.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_validated_document_is_still_measured_against_the_complexity_limit_with_each_requests_variables()
    {
        await using var strict = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "100" });
        const string Page = "query($n: Int!) { schools(first: $n) { nodes { name cohorts { name } } } }";

        var small = await strict.QueryAsync(Page, new { n = 2 });
        var large = await strict.PostAsync(Page, new { n = 100 });

        Assert.Equal(2, small.GetProperty("schools").GetProperty("nodes").GetArrayLength());
        Assert.Equal(1, strict.State.Current.Composed!.Documents.Hits);
        Assert.Equal("QUERY_TOO_COMPLEX", large.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_kept_and_fails_again()
    {
        const string Wrong = "{ schools(first: 1) { nodes { nameOfTheSchool } } }";
        var documents = federation.Gateway.State.Current.Composed!.Documents;
        var once = await federation.Gateway.PostAsync(Wrong);
        var (hits, misses) = (documents.Hits, documents.Misses);

        var again = await federation.Gateway.PostAsync(Wrong);

        Assert.Equal((hits, misses + 1), (documents.Hits, documents.Misses));
        Assert.All(new[] { once, again }, body => Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Introspection_answers_by_default_and_not_when_switched_off()
    {
        await using var closed = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?> { ["Gateway:Introspection"] = "false" });

        var open = await federation.Gateway.QueryAsync("{ __schema { queryType { name } } }");
        var refused = await closed.PostAsync("{ __schema { queryType { name } } }");
        var data = await closed.QueryAsync("{ schools(first: 1) { totalCount } }");

        Assert.Equal("Query", open.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(data.GetProperty("schools").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_query_needing_more_subrequests_than_allowed_is_cut_short_with_one_error()
    {
        await using var strict = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?> { ["Gateway:MaxSubrequests"] = "4" });
        federation.ClearLogs();

        // Three nodes for the schools, one for the trust's triangles, then three more for the triangles' schools: seven.
        var body = await strict.PostAsync(CrossNode);

        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        var tooMany = Assert.Single(errors, e => e.GetProperty("extensions").GetProperty("code").GetString() == "QUERY_TOO_COMPLEX");
        Assert.Contains("Gateway:MaxSubrequests", tooMany.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, body.GetProperty("data").GetProperty("schools").GetProperty("nodes").GetArrayLength());
        Assert.Equal(4, federation.Nodes.Values.Sum(n => n.Log.Requests.Count) + federation.Trust.Log.Requests.Count);
    }
}
