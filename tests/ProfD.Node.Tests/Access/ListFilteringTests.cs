using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Access;

/// <summary>Lists keep what the caller may see, without an error.</summary>
public sealed class ListFilteringTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Theory]
    [InlineData(Caller.Anonymous, new[] { "EP" })]
    [InlineData(Caller.OtherInstitutionPerson, new[] { "EP" })]
    [InlineData(Caller.Member, new[] { "EP" })]
    [InlineData(Caller.TheCandidate, new[] { "ED", "EP", "ES" })]
    [InlineData(Caller.MentorElsewhere, new[] { "ED", "EP", "ES" })]
    [InlineData(Caller.AssignedAdjudicator, new[] { "EP", "ES" })]
    [InlineData(Caller.Admin, new[] { "ED", "EP", "ES" })]
    public async Task Exhibitions_are_those_the_caller_may_see(Caller caller, string[] expected)
    {
        var ids = await IdsAsync(caller, "{ exhibitions(first: 50) { nodes { id } } }", "exhibitions");

        Assert.Equal(expected.Select(k => AccessWorld.Id("Exhibition", k)), ids.Order());
    }

    [Theory]
    [InlineData(Caller.OtherInstitutionPerson, new string[0])]
    [InlineData(Caller.MentorElsewhere, new[] { "K1" })]
    [InlineData(Caller.AssignedAdjudicator, new string[0])]
    [InlineData(Caller.Member, new[] { "K1", "K2" })]
    public async Task Candidates_are_those_the_caller_may_see(Caller caller, string[] expected)
    {
        var ids = await IdsAsync(caller, "{ candidates(first: 50) { nodes { id } } }", "candidates");

        Assert.Equal(expected.Select(k => AccessWorld.Id("Candidate", k)), ids.Order());
    }

    [Fact]
    public async Task A_hidden_exhibition_in_a_list_is_not_counted()
    {
        var body = await world.GraphQLAsync(Caller.Anonymous, "{ exhibitions(first: 50) { totalCount edges { node { id } } } }");

        Assert.Empty(GraphQLErrors.Codes(body));
        Assert.Equal(1, body.GetProperty("data").GetProperty("exhibitions").GetProperty("totalCount").GetInt32());
        Assert.Single(body.GetProperty("data").GetProperty("exhibitions").GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task A_page_is_filled_with_rows_the_caller_may_see()
    {
        var body = await world.GraphQLAsync(Caller.Anonymous, "{ exhibitions(first: 1, orderBy: [{ field: TITLE }]) { nodes { id } pageInfo { hasNextPage } } }");

        Assert.Empty(GraphQLErrors.Codes(body));
        var page = body.GetProperty("data").GetProperty("exhibitions");
        Assert.Equal(AccessWorld.Id("Exhibition", "EP"), Assert.Single(page.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_harvester_reads_mentors_but_not_other_teachers()
    {
        await world.Node.WithDatabaseAsync(async db =>
        {
            (await db.Teachers.FindAsync("PM"))!.OffersMentoring = true;
            await db.SaveChangesAsync();
        });

        var ids = await IdsAsync(Caller.Harvester, "{ teachers(first: 50) { nodes { id } } }", "teachers");

        Assert.Equal([AccessWorld.Member], ids);
    }

    [Fact]
    public async Task A_harvester_reads_the_project_behind_a_published_exhibition_through_the_feed_only()
    {
        var feed = await world.GraphQLAsync(Caller.Harvester, "{ changes(first: 100) { changes { exhibition { id project { findings } } } } }");
        var direct = await world.GraphQLAsync(Caller.Harvester, """{ researchProject(id: "home:ResearchProject:R2") { findings } }""");
        var stranger = await world.GraphQLAsync(Caller.OtherInstitutionPerson, """{ exhibition(id: "home:Exhibition:EP") { project { findings } } }""");

        Assert.Empty(GraphQLErrors.Codes(feed));
        var published = feed.GetProperty("data").GetProperty("changes").GetProperty("changes").EnumerateArray()
            .Select(c => c.GetProperty("exhibition"))
            .Last(e => e.ValueKind == JsonValueKind.Object && e.GetProperty("id").GetString() == AccessWorld.Id("Exhibition", "EP"));
        Assert.Equal("It does.", published.GetProperty("project").GetProperty("findings").GetString());
        Assert.Equal(["FORBIDDEN"], GraphQLErrors.Codes(direct));
        Assert.Equal(JsonValueKind.Null, stranger.GetProperty("data").GetProperty("exhibition").GetProperty("project").ValueKind);
    }

    [Fact]
    public async Task A_harvester_counts_every_candidate_for_the_figures_without_seeing_who_they_are()
    {
        var body = await world.GraphQLAsync(Caller.Harvester, "{ candidates(first: 50) { totalCount nodes { id stage teacher { id } } } }");

        Assert.Empty(GraphQLErrors.Codes(body));
        var candidates = body.GetProperty("data").GetProperty("candidates");
        Assert.Equal(2, candidates.GetProperty("totalCount").GetInt32());
        Assert.All(candidates.GetProperty("nodes").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("teacher").ValueKind));
    }

    [Fact]
    public async Task A_candidate_nested_in_a_public_exhibition_is_null_for_a_stranger()
    {
        var body = await world.GraphQLAsync(Caller.Anonymous, """{ exhibition(id: "home:Exhibition:EP") { title candidate { id } } }""");

        Assert.Empty(GraphQLErrors.Codes(body));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("exhibition").GetProperty("candidate").ValueKind);
    }

    private async Task<List<string>> IdsAsync(Caller caller, string query, string field)
    {
        var body = await world.GraphQLAsync(caller, query);
        Assert.Empty(GraphQLErrors.Codes(body));
        return [.. body.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }
}
