using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Access;

/// <summary>Adjudicators report independently and as themselves; a mentor comments as themselves.</summary>
public sealed class AdjudicatorIndependenceTests : IAsyncLifetime
{
    private const string Reports = """{ adjudication(id: "home:Adjudication:A1") { preliminaryReports { adjudicatorId } } }""";
    private const string Submit = """
        mutation($who: ID) { submitPreliminaryReport(adjudicationId: "home:Adjudication:A1", adjudicatorId: $who,
          report: "A careful, well evidenced piece of practitioner research.", recommendation: PASS) { id } }
        """;

    private readonly AccessWorld world = new();

    public Task InitializeAsync() => world.InitializeAsync();

    public Task DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Submitting_as_another_adjudicator_is_forbidden()
    {
        var body = await world.GraphQLAsync(Caller.AssignedAdjudicator, Submit, new { who = AccessWorld.SecondAdjudicator });

        Assert.Equal(["FORBIDDEN"], GraphQLErrors.Codes(body));
    }

    [Fact]
    public async Task Reading_reports_as_another_adjudicator_is_forbidden()
    {
        var body = await world.GraphQLAsync(Caller.AssignedAdjudicator,
            $$"""{ adjudication(id: "home:Adjudication:A1") { preliminaryReports(adjudicatorId: "{{AccessWorld.SecondAdjudicator}}") { adjudicatorId } } }""");

        Assert.Equal(["FORBIDDEN"], GraphQLErrors.Codes(body));
    }

    [Fact]
    public async Task Each_adjudicator_reads_only_their_own_report_until_all_are_in()
    {
        Assert.Empty(GraphQLErrors.Codes(await world.GraphQLAsync(Caller.AssignedAdjudicator, Submit, new { who = (string?)null })));

        Assert.Equal([AccessWorld.Adjudicator], await ReportsAsync(Caller.AssignedAdjudicator));
        Assert.Empty(await ReportsAsync(Caller.OtherAdjudicatorOnPanel));

        Assert.Empty(GraphQLErrors.Codes(await world.GraphQLAsync(Caller.OtherAdjudicatorOnPanel, Submit, new { who = AccessWorld.SecondAdjudicator })));

        Assert.Equal([AccessWorld.Adjudicator, AccessWorld.SecondAdjudicator], (await ReportsAsync(Caller.AssignedAdjudicator)).Order());
    }

    [Fact]
    public async Task Commenting_is_for_the_mentor_only()
    {
        const string comment = """mutation { commentOnWork(mentorshipId: "home:Mentorship:M1", on: "home:Exhibition:ED", text: "Lovely start.") { id text } }""";

        Assert.Equal(["FORBIDDEN"], GraphQLErrors.Codes(await world.GraphQLAsync(Caller.OtherInstitutionPerson, comment)));
        var body = await world.GraphQLAsync(Caller.MentorElsewhere, comment);
        Assert.Empty(GraphQLErrors.Codes(body));
    }

    private async Task<List<string>> ReportsAsync(Caller caller)
    {
        var body = await world.GraphQLAsync(caller, Reports);
        Assert.Empty(GraphQLErrors.Codes(body));
        return [.. body.GetProperty("data").GetProperty("adjudication").GetProperty("preliminaryReports").EnumerateArray()
            .Select(r => r.GetProperty("adjudicatorId").GetString()!)];
    }
}
