using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>The exhibitions connection's filters, orders and paging over <see cref="ExhibitionTestData"/>; one subclass per engine.</summary>
public abstract class ExhibitionConnectionTests : IClassFixture<SharedNodeFixture>, IAsyncLifetime
{
    private const int Count = SeededNodeFixture.Count;

    private readonly SharedNodeFixture shared;
    private readonly NodeDatabaseEngine engine;
    private readonly PostgresServer? server;
    private NodeAppFactory? node;
    private IReadOnlyList<Exhibition> exhibitions = [];

    private protected ExhibitionConnectionTests(SharedNodeFixture shared, NodeDatabaseEngine engine, PostgresServer? server)
    {
        this.shared = shared;
        this.engine = engine;
        this.server = server;
    }

    private NodeAppFactory Node => node ?? throw new InvalidOperationException("The node is started in InitializeAsync.");

    public async Task InitializeAsync()
    {
        var (started, seeded) = await shared.StartAsync(engine, server, async db => await ExhibitionTestData.SeedAsync(db, SharedNodeFixture.Institution, Count));
        (node, exhibitions) = (started, seeded);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Status_filter_eq_and_in_keep_only_those_statuses()
    {
        var eq = await IdsAsync("{ status: { eq: PUBLISHED } }");
        Assert.Equal(Expected(e => e.Status == ExhibitionStatus.Published), eq);

        var @in = await IdsAsync("{ status: { in: [DRAFT, WITHDRAWN] } }");
        Assert.Equal(Expected(e => e.Status is ExhibitionStatus.Draft or ExhibitionStatus.Withdrawn), @in);
    }

    [Fact]
    public async Task Candidate_filter_keeps_that_candidates_exhibitions_and_ids_of_another_institution_match_nothing()
    {
        var one = await IdsAsync($$"""{ candidate: { eq: "{{SharedNodeFixture.IdOf("Candidate", "KT00007")}}" } }""");
        Assert.Equal([SharedNodeFixture.IdOf("Exhibition", "ET00007")], one);

        var some = await IdsAsync($$"""{ candidate: { in: ["{{SharedNodeFixture.IdOf("Candidate", "KT00001")}}", "elsewhere:Candidate:KT00002"] } }""");
        Assert.Equal([SharedNodeFixture.IdOf("Exhibition", "ET00001")], some);

        var elsewhere = await IdsAsync("""{ candidate: { eq: "elsewhere:Candidate:KT00001" } }""");
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task A_candidate_filter_with_an_id_of_another_type_is_bad_user_input()
    {
        var body = await Node.GraphQLAsync($$"""{ exhibitions(where: { candidate: { eq: "{{SharedNodeFixture.IdOf("School", "ST00001")}}" } }) { totalCount } }""");

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("where.candidate", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Theme_and_language_filters_match_a_stored_value_exactly()
    {
        Assert.Equal(Expected(e => e.Themes.Contains("writing")), await IdsAsync("""{ theme: "writing" }"""));
        Assert.Equal(Expected(e => e.Themes.Contains("inclusion")), await IdsAsync("""{ theme: " inclusion " }"""));
        Assert.Empty(await IdsAsync("""{ theme: "writ" }"""));
        Assert.Equal(Expected(e => e.Languages.Contains("sw")), await IdsAsync("""{ language: "sw" }"""));
        Assert.Equal(Count, (await IdsAsync("""{ language: "en" }""")).Count);
    }

    [Fact]
    public async Task Search_finds_text_in_the_title_or_the_abstract_ignoring_case()
    {
        Assert.Equal(Expected(e => e.Abstract.Contains("Writing", StringComparison.Ordinal)), await IdsAsync("""{ search: "wRITING" }"""));
        Assert.Equal([SharedNodeFixture.IdOf("Exhibition", "ET00012")], await IdsAsync("""{ search: "t00012" }"""));
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_every_match()
    {
        var data = await Node.QueryAsync("""{ exhibitions(first: 2, where: { theme: "oracy", language: "sw", status: { in: [DRAFT, UNDER_ADJUDICATION, PUBLISHED] } }) { totalCount nodes { id } } }""");

        var expected = Expected(e => e.Themes.Contains("oracy") && e.Languages.Contains("sw")
            && e.Status is ExhibitionStatus.Draft or ExhibitionStatus.UnderAdjudication or ExhibitionStatus.Published);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, data.GetProperty("exhibitions").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Without_orderBy_the_most_recently_updated_come_first()
    {
        var nodes = (await Node.QueryAsync("{ exhibitions(first: 5) { nodes { id updatedAt } } }")).GetProperty("exhibitions").GetProperty("nodes");

        var expected = exhibitions.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id, StringComparer.Ordinal).Take(5).Select(e => SharedNodeFixture.IdOf("Exhibition", e.Id));
        Assert.Equal(expected, nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("TITLE", "ASC", 7)]
    [InlineData("TITLE", "DESC", 5)]
    [InlineData("CREATED_AT", "ASC", 4)]
    [InlineData("CREATED_AT", "DESC", 10)]
    [InlineData("UPDATED_AT", "ASC", 9)]
    [InlineData(null, null, 6)]
    public async Task Paging_walks_every_exhibition_exactly_once_in_order(string? field, string? direction, int pageSize)
    {
        var orderBy = field is null ? "" : $", orderBy: [{{ field: {field}, direction: {direction} }}]";
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = (await Node.QueryAsync(
                $"query($after: String) {{ exhibitions(first: {pageSize}, after: $after{orderBy}) {{ totalCount edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after })).GetProperty("exhibitions");
            Assert.Equal(Count, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            pages++;
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
            Assert.True(pages < 100, "paging did not end");
        }

        Assert.Equal(Ordered(field ?? "UPDATED_AT", direction ?? "DESC"), seen);
        Assert.Equal((int)Math.Ceiling((double)Count / pageSize), pages);
    }

    private IEnumerable<string> Ordered(string field, string direction)
    {
        Func<Exhibition, IComparable> key = field switch
        {
            "TITLE" => e => e.Title,
            "CREATED_AT" => e => e.CreatedAt,
            _ => e => e.UpdatedAt,
        };
        IComparer<IComparable> comparer = Comparer<IComparable>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : a.CompareTo(b));
        var sorted = direction == "ASC"
            ? exhibitions.OrderBy(key, comparer)
            : exhibitions.OrderByDescending(key, comparer);
        return sorted.ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => SharedNodeFixture.IdOf("Exhibition", e.Id));
    }

    private async Task<List<string>> IdsAsync(string where)
    {
        var connection = (await Node.QueryAsync($"{{ exhibitions(first: 100, where: {where}, orderBy: [{{ field: TITLE }}]) {{ totalCount nodes {{ id }} }} }}")).GetProperty("exhibitions");
        var ids = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, connection.GetProperty("totalCount").GetInt32());
        return ids;
    }

    private List<string> Expected(Func<Exhibition, bool> predicate) =>
        [.. exhibitions.Where(predicate).OrderBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => SharedNodeFixture.IdOf("Exhibition", e.Id))];
}

public sealed class ExhibitionConnectionOnSqliteTests(SharedNodeFixture shared)
    : ExhibitionConnectionTests(shared, NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ExhibitionConnectionOnPostgresTests(SharedNodeFixture shared, PostgresServer server)
    : ExhibitionConnectionTests(shared, NodeDatabaseEngine.Postgres, server);
