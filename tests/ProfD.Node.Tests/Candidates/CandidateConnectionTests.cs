using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using static ProfD.Node.Tests.Infrastructure.ConnectionReader;
using static ProfD.Node.Tests.Infrastructure.SharedNodeFixture;

namespace ProfD.Node.Tests.Candidates;

/// <summary>The candidates connection's filters, orders and paging over <see cref="ConnectionTestData"/>; one subclass per engine.</summary>
public abstract class CandidateConnectionTests : IClassFixture<SharedNodeFixture>
{
    private readonly SharedNodeFixture shared;
    private readonly NodeDatabaseEngine engine;
    private readonly PostgresServer? server;

    private protected CandidateConnectionTests(SharedNodeFixture shared, NodeDatabaseEngine engine, PostgresServer? server)
    {
        this.shared = shared;
        this.engine = engine;
        this.server = server;
    }

    [Fact]
    public async Task Stage_filter_eq_and_in_keep_only_those_stages()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, c => c.Stage == CandidateStage.Awarded), await IdsAsync(node, "candidates", "{ stage: { eq: AWARDED } }"));
        Assert.Equal(Expected(graph, c => c.Stage is CandidateStage.Enrolled or CandidateStage.Withdrawn), await IdsAsync(node, "candidates", "{ stage: { in: [ENROLLED, WITHDRAWN] } }"));
    }

    [Fact]
    public async Task Cohort_filter_eq_and_in_keep_those_cohorts_candidates_and_ids_of_another_institution_match_nothing()
    {
        var (node, graph) = await StartAsync();
        var (first, second) = (graph.Cohorts[0].Id, graph.Cohorts[5].Id);

        Assert.Equal(Expected(graph, c => c.CohortId == first), await IdsAsync(node, "candidates", $$"""{ cohort: { eq: "{{IdOf("Cohort", first)}}" } }"""));
        Assert.Equal(Expected(graph, c => c.CohortId == first || c.CohortId == second),
            await IdsAsync(node, "candidates", $$"""{ cohort: { in: ["{{IdOf("Cohort", first)}}", "{{IdOf("Cohort", second)}}", "elsewhere:Cohort:{{first}}"] } }"""));
        Assert.Empty(await IdsAsync(node, "candidates", $$"""{ cohort: { eq: "elsewhere:Cohort:{{first}}" } }"""));
    }

    [Theory]
    [InlineData("cohort", "School")]
    [InlineData("school", "Cohort")]
    public async Task An_id_filter_with_an_id_of_another_type_is_bad_user_input(string filter, string type)
    {
        var (node, _) = await StartAsync();

        var error = GraphQLErrors.Single(await node.GraphQLAsync($$"""{ candidates(where: { {{filter}}: { eq: "{{IdOf(type, "X001")}}" } }) { totalCount } }"""));

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal($"where.{filter}", error.Field());
    }

    [Fact]
    public async Task School_filter_keeps_candidates_whose_teacher_is_at_those_schools()
    {
        var (node, graph) = await StartAsync();
        var schoolOf = graph.Teachers.ToDictionary(t => t.Id, t => t.SchoolId);

        Assert.Equal(Expected(graph, c => schoolOf[c.TeacherId] == "SC"), await IdsAsync(node, "candidates", $$"""{ school: { eq: "{{IdOf("School", "SC")}}" } }"""));
        Assert.Equal(Expected(graph, c => schoolOf[c.TeacherId] is "SA" or "SD"),
            await IdsAsync(node, "candidates", $$"""{ school: { in: ["{{IdOf("School", "SA")}}", "{{IdOf("School", "SD")}}"] } }"""));
        Assert.Empty(await IdsAsync(node, "candidates", """{ school: { eq: "elsewhere:School:SA" } }"""));
    }

    [Fact]
    public async Task Intake_year_filter_keeps_candidates_of_cohorts_of_those_years()
    {
        var (node, graph) = await StartAsync();
        var yearOf = graph.Cohorts.ToDictionary(c => c.Id, c => c.IntakeYear);

        Assert.Equal(Expected(graph, c => yearOf[c.CohortId] == 2022), await IdsAsync(node, "candidates", "{ intakeYear: { eq: 2022 } }"));
        Assert.Equal(Expected(graph, c => yearOf[c.CohortId] >= 2021), await IdsAsync(node, "candidates", "{ intakeYear: { gte: 2021 } }"));
    }

    [Fact]
    public async Task Search_finds_text_in_the_teachers_given_or_family_name_ignoring_case()
    {
        var (node, graph) = await StartAsync();
        var teachers = graph.Teachers.ToDictionary(t => t.Id);
        bool Named(string teacherId, string text) =>
            teachers[teacherId].GivenName.Contains(text, StringComparison.OrdinalIgnoreCase) || teachers[teacherId].FamilyName.Contains(text, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(Expected(graph, c => Named(c.TeacherId, "ada")), await IdsAsync(node, "candidates", """{ search: "ADA" }"""));
        Assert.Equal(Expected(graph, c => Named(c.TeacherId, "en")), await IdsAsync(node, "candidates", """{ search: "En" }"""));
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_every_match_beyond_the_page()
    {
        var (node, graph) = await StartAsync();
        var yearOf = graph.Cohorts.ToDictionary(c => c.Id, c => c.IntakeYear);

        var (total, ids) = await FirstPageAsync(node, "candidates", "{ intakeYear: { lte: 2022 }, stage: { in: [ENROLLED, RESEARCHING, EXHIBITING] } }", 2);

        var expected = Expected(graph, c => yearOf[c.CohortId] <= 2022 && c.Stage is CandidateStage.Enrolled or CandidateStage.Researching or CandidateStage.Exhibiting);
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.Count, total);
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Contains(id, expected));
    }

    [Theory]
    [InlineData("ENROLLED_AT", "ASC", 4)]
    [InlineData("ENROLLED_AT", "DESC", 5)]
    [InlineData("CREATED_AT", "ASC", 3)]
    [InlineData("CREATED_AT", "DESC", 7)]
    [InlineData(null, null, 6)]
    public async Task Paging_walks_every_candidate_exactly_once_in_order(string? field, string? direction, int pageSize)
    {
        var (node, graph) = await StartAsync();
        var orderBy = field is null ? null : $"[{{ field: {field}, direction: {direction} }}]";

        var (ids, pages) = await WalkAsync(node, "candidates", pageSize, orderBy, ConnectionTestData.CandidateCount);

        var descending = direction == "DESC";
        var expected = field switch
        {
            "CREATED_AT" => Ordered(graph.Candidates, c => c.Id, (c => c.CreatedAt, descending)),
            _ => Ordered(graph.Candidates, c => c.Id, (c => c.EnrolledAt, descending)),
        };
        Assert.Equal(expected.Select(c => IdOf("Candidate", c.Id)), ids);
        Assert.Equal((int)Math.Ceiling((double)ConnectionTestData.CandidateCount / pageSize), pages);
    }

    private Task<(NodeAppFactory Node, ConnectionGraph Graph)> StartAsync() => shared.StartAsync(engine, server, ConnectionTestData.SeedAsync);

    private static List<string> Expected(ConnectionGraph graph, Func<Candidate, bool> predicate) =>
        Sorted(graph.Candidates.Where(predicate).Select(c => IdOf("Candidate", c.Id)));
}

public sealed class CandidateConnectionOnSqliteTests(SharedNodeFixture shared)
    : CandidateConnectionTests(shared, NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class CandidateConnectionOnPostgresTests(SharedNodeFixture shared, PostgresServer server)
    : CandidateConnectionTests(shared, NodeDatabaseEngine.Postgres, server);
