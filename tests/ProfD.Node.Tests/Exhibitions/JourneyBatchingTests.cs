using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>
/// The journey's fields load in batches: on a node seeded with the demo data (every stage of the journey), a larger page
/// costs as many SQL statements as a smaller one, and that number is one per kind of thing loaded.
/// </summary>
public sealed class JourneyBatchingTests(JourneyBatchingTests.DemoNode demo) : IClassFixture<JourneyBatchingTests.DemoNode>
{
    [Theory]
    // Adjudged and published work: page, author, school, project (for buildsOn), sections, showings, award; then the showings' schools.
    [InlineData("exhibitions", "status: { in: [ADJUDGED, PUBLISHED, WITHDRAWN] }", "authorName school { name } buildsOn { targetId } sections { heading } showings { date school { name } } award { title credential }", 2, 7, 8)]
    // Work in progress: page, mentor comments, versions; a draft's document is rendered from sections, media, showings, project
    // links and author, each loaded once for the page; then the comments' mentorships.
    [InlineData("exhibitions", "status: { in: [DRAFT, UNDER_ADJUDICATION] }", "mentorComments { text mentorship { mentorId } } document versions { number submittedAt document }", 2, 4, 9)]
    // Page, adjudications, their panels (phase and allReportsIn share the panel's load).
    [InlineData("exhibitions", "", "adjudications { phase allReportsIn jointReport correctedVersion panel { adjudicatorId submitted } }", 3, 12, 3)]
    // Page, mentorships, projects; then mentors, mentorship comments, project comments.
    [InlineData("candidates", "", "mentorships { mentor { displayName offersMentoring bio } comments { text onId } } projects { provocationIds pupilsAgeRange mentorComments { text } }", 3, 12, 6)]
    public async Task A_larger_page_costs_as_many_statements_as_a_smaller_one(string list, string where, string selection, int small, int large, int statements)
    {
        var few = await StatementsAsync(list, where, selection, small);
        var many = await StatementsAsync(list, where, selection, large);

        Assert.Equal(statements, few);
        Assert.Equal(few, many);
    }

    private async Task<int> StatementsAsync(string list, string where, string selection, int rows)
    {
        demo.Node.Sql.Reset();
        var filter = where.Length == 0 ? "" : $", where: {{ {where} }}";
        var data = await demo.Node.QueryAsync($"{{ {list}(first: {rows}{filter}, orderBy: [{{ field: CREATED_AT }}]) {{ nodes {{ {selection} }} }} }}");

        Assert.Equal(rows, data.GetProperty(list).GetProperty("nodes").GetArrayLength());
        return demo.Node.Sql.Count;
    }

    /// <summary>A node seeded with the demo data at start, shared by the read-only tests.</summary>
    public sealed class DemoNode : IDisposable
    {
        public NodeAppFactory Node { get; } = new(institution: "batchnode", seedDemoData: true);

        public void Dispose() => Node.Dispose();
    }
}
