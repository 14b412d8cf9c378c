using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using static ProfD.Node.Tests.Infrastructure.ConnectionReader;
using static ProfD.Node.Tests.Infrastructure.SharedNodeFixture;

namespace ProfD.Node.Tests.Cohorts;

/// <summary>The cohorts connection's filters, orders and paging over <see cref="ConnectionTestData"/>; one subclass per engine.</summary>
public abstract class CohortConnectionTests : IClassFixture<SharedNodeFixture>
{
    private readonly SharedNodeFixture shared;
    private readonly NodeDatabaseEngine engine;
    private readonly PostgresServer? server;

    private protected CohortConnectionTests(SharedNodeFixture shared, NodeDatabaseEngine engine, PostgresServer? server)
    {
        this.shared = shared;
        this.engine = engine;
        this.server = server;
    }

    [Fact]
    public async Task Intake_year_filter_eq_in_gte_and_lte()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, c => c.IntakeYear == 2021), await IdsAsync(node, "cohorts", "{ intakeYear: { eq: 2021 } }"));
        Assert.Equal(Expected(graph, c => c.IntakeYear is 2020 or 2023), await IdsAsync(node, "cohorts", "{ intakeYear: { in: [2020, 2023, 1999] } }"));
        Assert.Equal(Expected(graph, c => c.IntakeYear >= 2022), await IdsAsync(node, "cohorts", "{ intakeYear: { gte: 2022 } }"));
        Assert.Equal(Expected(graph, c => c.IntakeYear <= 2021), await IdsAsync(node, "cohorts", "{ intakeYear: { lte: 2021 } }"));
        Assert.Equal(Expected(graph, c => c.IntakeYear is 2021 or 2022), await IdsAsync(node, "cohorts", "{ intakeYear: { gte: 2021, lte: 2022 } }"));
    }

    [Fact]
    public async Task Stage_filter_eq_and_in_keep_only_those_stages()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, c => c.Stage == CohortStage.Exhibiting), await IdsAsync(node, "cohorts", "{ stage: { eq: EXHIBITING } }"));
        Assert.Equal(Expected(graph, c => c.Stage is CohortStage.Forming or CohortStage.Completed), await IdsAsync(node, "cohorts", "{ stage: { in: [FORMING, COMPLETED] } }"));
    }

    [Fact]
    public async Task School_filter_keeps_cohorts_any_of_those_schools_takes_part_in()
    {
        var (node, graph) = await StartAsync();

        // Some cohorts have a second school: a match on either school counts, and each cohort is listed once.
        Assert.Contains(graph.Cohorts, c => c.Schools.Count == 2 && c.Schools[1].SchoolId == "SB");
        Assert.Equal(Expected(graph, c => c.Schools.Any(s => s.SchoolId == "SB")), await IdsAsync(node, "cohorts", $$"""{ school: { eq: "{{IdOf("School", "SB")}}" } }"""));
        Assert.Equal(Expected(graph, c => c.Schools.Any(s => s.SchoolId is "SA" or "SB")),
            await IdsAsync(node, "cohorts", $$"""{ school: { in: ["{{IdOf("School", "SA")}}", "{{IdOf("School", "SB")}}", "elsewhere:School:SC"] } }"""));
        Assert.Empty(await IdsAsync(node, "cohorts", """{ school: { eq: "elsewhere:School:SA" } }"""));
    }

    [Fact]
    public async Task A_school_filter_with_an_id_of_another_type_is_bad_user_input()
    {
        var (node, _) = await StartAsync();

        var error = GraphQLErrors.Single(await node.GraphQLAsync($$"""{ cohorts(where: { school: { eq: "{{IdOf("Teacher", "P001")}}" } }) { totalCount } }"""));

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("where.school", error.Field());
    }

    [Fact]
    public async Task Search_finds_text_in_the_name_ignoring_case()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, c => c.Name.StartsWith("Kampala", StringComparison.Ordinal)), await IdsAsync(node, "cohorts", """{ search: "KAMP" }"""));
        Assert.Equal(Expected(graph, c => c.Name.EndsWith("2022", StringComparison.Ordinal)), await IdsAsync(node, "cohorts", """{ search: " 2022" }"""));
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_every_match_beyond_the_page()
    {
        var (node, graph) = await StartAsync();

        var (total, ids) = await FirstPageAsync(node, "cohorts", "{ intakeYear: { gte: 2021 }, stage: { in: [FORMING, RESEARCHING, COMPLETED] } }", 2);

        var expected = Expected(graph, c => c.IntakeYear >= 2021 && c.Stage != CohortStage.Exhibiting);
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.Count, total);
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Contains(id, expected));
    }

    [Theory]
    [InlineData("INTAKE_YEAR", "ASC", 4)]
    [InlineData("INTAKE_YEAR", "DESC", 5)]
    [InlineData("NAME", "ASC", 3)]
    [InlineData("NAME", "DESC", 6)]
    [InlineData("CREATED_AT", "ASC", 7)]
    [InlineData("CREATED_AT", "DESC", 4)]
    [InlineData(null, null, 5)]
    public async Task Paging_walks_every_cohort_exactly_once_in_order(string? field, string? direction, int pageSize)
    {
        var (node, graph) = await StartAsync();
        var orderBy = field is null ? null : $"[{{ field: {field}, direction: {direction} }}]";

        var (ids, pages) = await WalkAsync(node, "cohorts", pageSize, orderBy, ConnectionTestData.CohortCount);

        var descending = direction == "DESC";
        var expected = field switch
        {
            "INTAKE_YEAR" => Ordered(graph.Cohorts, c => c.Id, (c => c.IntakeYear, descending)),
            "NAME" => Ordered(graph.Cohorts, c => c.Id, (c => c.Name, descending)),
            "CREATED_AT" => Ordered(graph.Cohorts, c => c.Id, (c => c.CreatedAt, descending)),
            _ => Ordered(graph.Cohorts, c => c.Id, (c => c.IntakeYear, true), (c => c.Name, false)),
        };
        Assert.Equal(expected.Select(c => IdOf("Cohort", c.Id)), ids);
        Assert.Equal((int)Math.Ceiling((double)ConnectionTestData.CohortCount / pageSize), pages);
    }

    private Task<(NodeAppFactory Node, ConnectionGraph Graph)> StartAsync() => shared.StartAsync(engine, server, ConnectionTestData.SeedAsync);

    private static List<string> Expected(ConnectionGraph graph, Func<Cohort, bool> predicate) =>
        Sorted(graph.Cohorts.Where(predicate).Select(c => IdOf("Cohort", c.Id)));
}

public sealed class CohortConnectionOnSqliteTests(SharedNodeFixture shared)
    : CohortConnectionTests(shared, NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class CohortConnectionOnPostgresTests(SharedNodeFixture shared, PostgresServer server)
    : CohortConnectionTests(shared, NodeDatabaseEngine.Postgres, server);
