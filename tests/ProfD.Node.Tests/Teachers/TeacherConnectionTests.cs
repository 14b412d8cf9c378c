using ProfD.Node.Data;
using ProfD.Node.Teachers;
using ProfD.Node.Tests.Infrastructure;
using static ProfD.Node.Tests.Infrastructure.ConnectionReader;
using static ProfD.Node.Tests.Infrastructure.SharedNodeFixture;

namespace ProfD.Node.Tests.Teachers;

/// <summary>The teachers connection's filters, orders and paging over <see cref="ConnectionTestData"/>; one subclass per engine.</summary>
public abstract class TeacherConnectionTests : IClassFixture<SharedNodeFixture>
{
    private readonly SharedNodeFixture shared;
    private readonly NodeDatabaseEngine engine;
    private readonly PostgresServer? server;

    private protected TeacherConnectionTests(SharedNodeFixture shared, NodeDatabaseEngine engine, PostgresServer? server)
    {
        this.shared = shared;
        this.engine = engine;
        this.server = server;
    }

    [Fact]
    public async Task School_filter_eq_and_in_keep_those_schools_teachers_and_ids_of_another_institution_match_nothing()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, t => t.SchoolId == "SB"), await IdsAsync(node, "teachers", $$"""{ school: { eq: "{{IdOf("School", "SB")}}" } }"""));
        Assert.Equal(Expected(graph, t => t.SchoolId is "SA" or "SC"),
            await IdsAsync(node, "teachers", $$"""{ school: { in: ["{{IdOf("School", "SA")}}", "{{IdOf("School", "SC")}}", "elsewhere:School:SB"] } }"""));
        Assert.Empty(await IdsAsync(node, "teachers", """{ school: { eq: "elsewhere:School:SA" } }"""));
    }

    [Fact]
    public async Task A_school_filter_with_an_id_of_another_type_is_bad_user_input()
    {
        var (node, _) = await StartAsync();

        var error = GraphQLErrors.Single(await node.GraphQLAsync($$"""{ teachers(where: { school: { eq: "{{IdOf("Cohort", "C001")}}" } }) { totalCount } }"""));

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("where.school", error.Field());
    }

    [Fact]
    public async Task Family_name_filter_eq_in_and_contains_ignoring_case()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, t => t.FamilyName == "Smith"), await IdsAsync(node, "teachers", """{ familyName: { eq: "Smith" } }"""));
        Assert.Empty(await IdsAsync(node, "teachers", """{ familyName: { eq: "smith" } }"""));
        Assert.Equal(Expected(graph, t => t.FamilyName is "Smith" or "Brown"), await IdsAsync(node, "teachers", """{ familyName: { in: ["Smith", "Brown", "Nobody"] } }"""));
        Assert.Equal(Expected(graph, t => t.FamilyName.Contains("EN", StringComparison.OrdinalIgnoreCase)), await IdsAsync(node, "teachers", """{ familyName: { contains: "EN" } }"""));
    }

    [Fact]
    public async Task Language_filter_matches_a_stored_language_exactly()
    {
        var (node, graph) = await StartAsync();

        Assert.Equal(Expected(graph, t => t.Languages.Contains("sw")), await IdsAsync(node, "teachers", """{ language: "sw" }"""));
        Assert.Equal(Expected(graph, t => t.Languages.Contains("lg")), await IdsAsync(node, "teachers", """{ language: " lg " }"""));
        Assert.Empty(await IdsAsync(node, "teachers", """{ language: "s" }"""));
    }

    [Fact]
    public async Task Search_finds_text_in_the_given_or_the_family_name_ignoring_case()
    {
        var (node, graph) = await StartAsync();

        // "en" is in the given name Ben and the family name Nguyen: both fields are searched.
        var expected = Expected(graph, t => t.GivenName.Contains("en", StringComparison.OrdinalIgnoreCase) || t.FamilyName.Contains("en", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(graph.Teachers, t => t.GivenName == "Ben" && t.FamilyName != "Nguyen");
        Assert.Equal(expected, await IdsAsync(node, "teachers", """{ search: "EN" }"""));
        Assert.Equal(Expected(graph, t => t.FamilyName == "Okello"), await IdsAsync(node, "teachers", """{ search: "okel" }"""));
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_every_match_beyond_the_page()
    {
        var (node, graph) = await StartAsync();

        var (total, ids) = await FirstPageAsync(node, "teachers", $$"""{ school: { eq: "{{IdOf("School", "SA")}}" }, language: "en" }""", 2);

        var expected = Expected(graph, t => t.SchoolId == "SA" && t.Languages.Contains("en"));
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.Count, total);
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Contains(id, expected));
    }

    [Theory]
    [InlineData("FAMILY_NAME", "ASC", 4)]
    [InlineData("FAMILY_NAME", "DESC", 5)]
    [InlineData("GIVEN_NAME", "ASC", 3)]
    [InlineData("GIVEN_NAME", "DESC", 7)]
    [InlineData("CREATED_AT", "ASC", 6)]
    [InlineData("CREATED_AT", "DESC", 4)]
    [InlineData(null, null, 5)]
    public async Task Paging_walks_every_teacher_exactly_once_in_order(string? field, string? direction, int pageSize)
    {
        var (node, graph) = await StartAsync();
        var orderBy = field is null ? null : $"[{{ field: {field}, direction: {direction} }}]";

        var (ids, pages) = await WalkAsync(node, "teachers", pageSize, orderBy, ConnectionTestData.TeacherCount);

        var descending = direction == "DESC";
        var expected = field switch
        {
            "FAMILY_NAME" => Ordered(graph.Teachers, t => t.Id, (t => t.FamilyName, descending)),
            "GIVEN_NAME" => Ordered(graph.Teachers, t => t.Id, (t => t.GivenName, descending)),
            "CREATED_AT" => Ordered(graph.Teachers, t => t.Id, (t => t.CreatedAt, descending)),
            _ => Ordered(graph.Teachers, t => t.Id, (t => t.FamilyName, false), (t => t.GivenName, false)),
        };
        Assert.Equal(expected.Select(t => IdOf("Teacher", t.Id)), ids);
        Assert.Equal((int)Math.Ceiling((double)ConnectionTestData.TeacherCount / pageSize), pages);
    }

    private Task<(NodeAppFactory Node, ConnectionGraph Graph)> StartAsync() => shared.StartAsync(engine, server, ConnectionTestData.SeedAsync);

    private static List<string> Expected(ConnectionGraph graph, Func<Teacher, bool> predicate) =>
        Sorted(graph.Teachers.Where(predicate).Select(t => IdOf("Teacher", t.Id)));
}

public sealed class TeacherConnectionOnSqliteTests(SharedNodeFixture shared)
    : TeacherConnectionTests(shared, NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class TeacherConnectionOnPostgresTests(SharedNodeFixture shared, PostgresServer server)
    : TeacherConnectionTests(shared, NodeDatabaseEngine.Postgres, server);
