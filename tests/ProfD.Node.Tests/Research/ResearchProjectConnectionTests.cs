using ProfD.Node.Data;
using ProfD.Node.Research;
using ProfD.Node.Tests.Infrastructure;
using static ProfD.Node.Tests.Infrastructure.ConnectionReader;
using static ProfD.Node.Tests.Infrastructure.SharedNodeFixture;

namespace ProfD.Node.Tests.Research;

/// <summary>The research projects connection's filters, orders and paging over <see cref="ConnectionTestData"/>; one subclass per engine.</summary>
public abstract class ResearchProjectConnectionTests : IClassFixture<SharedNodeFixture>
{
    private readonly SharedNodeFixture shared;
    private readonly NodeDatabaseEngine engine;
    private readonly PostgresServer? server;

    private protected ResearchProjectConnectionTests(SharedNodeFixture shared, NodeDatabaseEngine engine, PostgresServer? server)
    {
        this.shared = shared;
        this.engine = engine;
        this.server = server;
    }

    [Fact]
    public async Task Status_filter_eq_and_in_keep_only_those_statuses()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, p => p.Status == ProjectStatus.Concluded), await IdsAsync(node, "researchProjects", "{ status: { eq: CONCLUDED } }"));
        Assert.Equal(Expected(graph, p => p.Status is ProjectStatus.Draft or ProjectStatus.Active), await IdsAsync(node, "researchProjects", "{ status: { in: [DRAFT, ACTIVE] } }"));
    }

    [Fact]
    public async Task Candidate_filter_eq_and_in_keep_those_candidates_projects_and_ids_of_another_institution_match_nothing()
    {
        var (node, graph) = await StartAsync();
        // Candidates 0 to 5 have two projects (i and i + 31), the others one.
        var (first, second) = (graph.Candidates[0].Id, graph.Candidates[10].Id);

        Assert.Equal(2, Expected(graph, p => p.CandidateId == first).Count);
        Assert.Equal(Expected(graph, p => p.CandidateId == first), await IdsAsync(node, "researchProjects", $$"""{ candidate: { eq: "{{IdOf("Candidate", first)}}" } }"""));
        Assert.Equal(Expected(graph, p => p.CandidateId == first || p.CandidateId == second),
            await IdsAsync(node, "researchProjects", $$"""{ candidate: { in: ["{{IdOf("Candidate", first)}}", "{{IdOf("Candidate", second)}}", "elsewhere:Candidate:{{first}}"] } }"""));
        Assert.Empty(await IdsAsync(node, "researchProjects", $$"""{ candidate: { eq: "elsewhere:Candidate:{{first}}" } }"""));
    }

    [Fact]
    public async Task A_candidate_filter_with_an_id_of_another_type_is_bad_user_input()
    {
        var (node, _) = await StartAsync();

        var error = GraphQLErrors.Single(await node.GraphQLAsync($$"""{ researchProjects(where: { candidate: { eq: "{{IdOf("Teacher", "P001")}}" } }) { totalCount } }"""));

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("where.candidate", error.Field());
    }

    [Fact]
    public async Task Theme_filter_matches_a_stored_theme_exactly()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, p => p.Themes.Contains("writing")), await IdsAsync(node, "researchProjects", """{ theme: "writing" }"""));
        Assert.Equal(Expected(graph, p => p.Themes.Contains("inclusion")), await IdsAsync(node, "researchProjects", """{ theme: " inclusion " }"""));
        Assert.Empty(await IdsAsync(node, "researchProjects", """{ theme: "writ" }"""));
    }

    [Fact]
    public async Task Search_finds_text_in_the_title_or_the_question_ignoring_case()
    {
        var (node, graph) = await StartAsync();
        bool Has(ResearchProject p, string text) =>
            p.Title.Contains(text, StringComparison.OrdinalIgnoreCase) || p.Question.Contains(text, StringComparison.OrdinalIgnoreCase);

        // "Writing frames" has it in the title only on odd indexes, whose question is about maps.
        Assert.Contains(graph.Projects, p => p.Title == "Writing frames" && !p.Question.Contains("writing", StringComparison.Ordinal));
        Assert.Equal(Expected(graph, p => Has(p, "writing")), await IdsAsync(node, "researchProjects", """{ search: "WRITING" }"""));
        Assert.Equal(Expected(graph, p => Has(p, "maps")), await IdsAsync(node, "researchProjects", """{ search: "Maps" }"""));
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_every_match_beyond_the_page()
    {
        var (node, graph) = await StartAsync();

        var (total, ids) = await FirstPageAsync(node, "researchProjects", """{ search: "talk", status: { in: [DRAFT, CONCLUDED] } }""", 2);

        var expected = Expected(graph, p => (p.Title.Contains("talk", StringComparison.OrdinalIgnoreCase) || p.Question.Contains("talk", StringComparison.OrdinalIgnoreCase))
            && p.Status is ProjectStatus.Draft or ProjectStatus.Concluded);
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.Count, total);
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Contains(id, expected));
    }

    [Theory]
    [InlineData("TITLE", "ASC", 4)]
    [InlineData("TITLE", "DESC", 5)]
    [InlineData("CREATED_AT", "ASC", 6)]
    [InlineData("CREATED_AT", "DESC", 3)]
    [InlineData("UPDATED_AT", "ASC", 7)]
    [InlineData("UPDATED_AT", "DESC", 4)]
    [InlineData(null, null, 5)]
    public async Task Paging_walks_every_project_exactly_once_in_order(string? field, string? direction, int pageSize)
    {
        var (node, graph) = await StartAsync();
        var orderBy = field is null ? null : $"[{{ field: {field}, direction: {direction} }}]";

        var (ids, pages) = await WalkAsync(node, "researchProjects", pageSize, orderBy, ConnectionTestData.ProjectCount);

        var descending = direction == "DESC";
        var expected = field switch
        {
            "TITLE" => Ordered(graph.Projects, p => p.Id, (p => p.Title, descending)),
            "CREATED_AT" => Ordered(graph.Projects, p => p.Id, (p => p.CreatedAt, descending)),
            "UPDATED_AT" => Ordered(graph.Projects, p => p.Id, (p => p.UpdatedAt, descending)),
            _ => Ordered(graph.Projects, p => p.Id, (p => p.UpdatedAt, true)),
        };
        Assert.Equal(expected.Select(p => IdOf("ResearchProject", p.Id)), ids);
        Assert.Equal((int)Math.Ceiling((double)ConnectionTestData.ProjectCount / pageSize), pages);
    }

    private Task<(NodeAppFactory Node, ConnectionGraph Graph)> StartAsync() => shared.StartAsync(engine, server, ConnectionTestData.SeedAsync);

    private static List<string> Expected(ConnectionGraph graph, Func<ResearchProject, bool> predicate) =>
        Sorted(graph.Projects.Where(predicate).Select(p => IdOf("ResearchProject", p.Id)));
}

public sealed class ResearchProjectConnectionOnSqliteTests(SharedNodeFixture shared)
    : ResearchProjectConnectionTests(shared, NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ResearchProjectConnectionOnPostgresTests(SharedNodeFixture shared, PostgresServer server)
    : ResearchProjectConnectionTests(shared, NodeDatabaseEngine.Postgres, server);
