using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Changes;

/// <summary>The <c>changes</c> query over GraphQL, on one engine; subclasses pick SQLite or PostgreSQL.</summary>
public abstract class ChangeFeedTests : EngineTestBase
{
    private const string Page = """
        query($after: String, $first: Int) {
          changes(after: $after, first: $first) {
            endCursor hasMore
            changes { sequence cursor entityType entityId operation changedAt school { name } exhibition { title status } mentor { familyName } }
          }
        }
        """;

    private protected ChangeFeedTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    private NodeAppFactory CreateNode() => new(database: Database.Connection.ConnectionString);

    [Fact]
    public async Task Creating_and_updating_schools_appear_in_the_order_they_happened()
    {
        using var node = CreateNode();
        var first = await CreateSchoolAsync(node, "Castle Mead");
        await node.QueryAsync("mutation($id: ID!) { updateSchool(id: $id, input: { name: \"Castle Mead Academy\" }) { id } }", new { id = first });
        var second = await CreateSchoolAsync(node, "Harbour View");

        var changes = (await PageAsync(node, null, 100)).GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal([first, first, second], changes.Select(c => c.GetProperty("entityId").GetString()));
        Assert.All(changes, c => Assert.Equal("SCHOOL", c.GetProperty("entityType").GetString()));
        Assert.All(changes, c => Assert.Equal("UPSERT", c.GetProperty("operation").GetString()));
        var sequences = changes.Select(c => c.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        // The school field is the school as it is now, on every change about it.
        Assert.Equal("Castle Mead Academy", changes[0].GetProperty("school").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, changes[0].GetProperty("exhibition").ValueKind);
        Assert.Equal(JsonValueKind.Null, changes[0].GetProperty("mentor").ValueKind);
    }

    [Fact]
    public async Task Publishing_then_withdrawing_an_exhibition_gives_an_upsert_then_a_delete_tombstone()
    {
        using var node = CreateNode();
        string key = "";
        await node.WithDatabaseAsync(async db => key = await FeedData.SeedDraftExhibitionAsync(db));
        await node.WithDatabaseAsync(db => FeedData.SetStatusAsync(db, key, ExhibitionStatus.Published));

        var published = ExhibitionChanges(await PageAsync(node, null, 100));
        var upsert = Assert.Single(published);
        Assert.Equal($"{node.Institution}:Exhibition:{key}", upsert.GetProperty("entityId").GetString());
        Assert.Equal("UPSERT", upsert.GetProperty("operation").GetString());
        Assert.Equal("PUBLISHED", upsert.GetProperty("exhibition").GetProperty("status").GetString());

        await node.WithDatabaseAsync(db => FeedData.SetStatusAsync(db, key, ExhibitionStatus.Withdrawn));

        var all = ExhibitionChanges(await PageAsync(node, null, 100));
        Assert.Equal(["UPSERT", "DELETE"], all.Select(c => c.GetProperty("operation").GetString()));
        // Once withdrawn the exhibition is no longer public, so neither change shows it.
        Assert.All(all, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("exhibition").ValueKind));
    }

    [Fact]
    public async Task A_draft_exhibition_never_appears_however_it_changes_until_published()
    {
        using var node = CreateNode();
        string key = "";
        await node.WithDatabaseAsync(async db => key = await FeedData.SeedDraftExhibitionAsync(db));
        await node.WithDatabaseAsync(async db =>
        {
            var exhibition = await db.Exhibitions.FindAsync(key);
            exhibition!.Title = "A better title";
            await db.SaveChangesAsync();
        });
        foreach (var status in new[] { ExhibitionStatus.Submitted, ExhibitionStatus.UnderAdjudication, ExhibitionStatus.Adjudged })
            await node.WithDatabaseAsync(db => FeedData.SetStatusAsync(db, key, status));

        var feed = await PageAsync(node, null, 100);

        Assert.Empty(ExhibitionChanges(feed));
        // The school seeded with it is there, so the feed itself is not empty.
        Assert.Equal("SCHOOL", Assert.Single(feed.GetProperty("changes").EnumerateArray()).GetProperty("entityType").GetString());
    }

    [Fact]
    public async Task A_teacher_who_starts_then_stops_mentoring_gives_a_mentor_upsert_then_a_delete()
    {
        using var node = CreateNode();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 1, "M"));
        await SetMentoringAsync(node, "PM00000", true);
        var mentoring = (await PageAsync(node, null, 100)).GetProperty("changes").EnumerateArray().Last();
        Assert.Equal("MENTOR", mentoring.GetProperty("entityType").GetString());
        Assert.Equal($"{node.Institution}:Teacher:PM00000", mentoring.GetProperty("entityId").GetString());
        Assert.Equal("Teacher M00000", mentoring.GetProperty("mentor").GetProperty("familyName").GetString());

        await SetMentoringAsync(node, "PM00000", false);

        var mentors = (await PageAsync(node, null, 100)).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("entityType").GetString() == "MENTOR").ToList();
        Assert.Equal(["UPSERT", "DELETE"], mentors.Select(c => c.GetProperty("operation").GetString()));
        Assert.All(mentors, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("mentor").ValueKind));
    }

    [Fact]
    public async Task Paging_with_first_and_after_returns_has_more_and_resumes_where_it_stopped()
    {
        using var node = CreateNode();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 5));

        var first = await PageAsync(node, null, 2);
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        var firstChanges = first.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, firstChanges.Count);
        Assert.Equal(firstChanges[1].GetProperty("cursor").GetString(), first.GetProperty("endCursor").GetString());

        var second = await PageAsync(node, first.GetProperty("endCursor").GetString(), 2);
        var third = await PageAsync(node, second.GetProperty("endCursor").GetString(), 2);
        Assert.True(second.GetProperty("hasMore").GetBoolean());
        Assert.False(third.GetProperty("hasMore").GetBoolean());
        Assert.Single(third.GetProperty("changes").EnumerateArray());

        // An empty page keeps the cursor, so a harvester can always store endCursor.
        var end = third.GetProperty("endCursor").GetString();
        var empty = await PageAsync(node, end, 2);
        Assert.Empty(empty.GetProperty("changes").EnumerateArray());
        Assert.False(empty.GetProperty("hasMore").GetBoolean());
        Assert.Equal(end, empty.GetProperty("endCursor").GetString());
    }

    [Fact]
    public async Task A_harvester_resuming_from_any_cursor_sees_every_later_change_exactly_once_in_order()
    {
        using var node = CreateNode();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 6));
        for (var i = 0; i < 3; i++) await SetMentoringAsync(node, $"PT{i:D5}", true);
        var all = Changes(await PageAsync(node, null, 500));
        Assert.Equal(9, all.Count);

        for (var start = -1; start < all.Count; start++)
        {
            var seen = await HarvestAsync(node, start < 0 ? null : all[start].Cursor, pageSize: 2);
            Assert.Equal(all.Skip(start + 1).Select(c => c.Sequence), seen.Select(c => c.Sequence));
        }

        // Changes made after a harvest are picked up from its last cursor, and nothing earlier comes again.
        var cursor = (await PageAsync(node, null, 500)).GetProperty("endCursor").GetString();
        await CreateSchoolAsync(node, "Late School");
        await SetMentoringAsync(node, "PT00000", false);
        var later = await HarvestAsync(node, cursor, pageSize: 1);
        Assert.Equal([("SCHOOL", "UPSERT"), ("MENTOR", "DELETE")], later.Select(c => (c.Type, c.Operation)));
        Assert.All(later, c => Assert.True(c.Sequence > all[^1].Sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(501)]
    public async Task First_out_of_range_is_bad_user_input_naming_first(int first)
    {
        using var node = CreateNode();

        var error = GraphQLErrors.Single(await node.GraphQLAsync(Page, new { first }));

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("first", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("Y2hhbmdlOi0x")] // "change:-1"
    [InlineData("Y2hhbmdlOg")] // "change:"
    [InlineData("eyJvIjoiTkFNRSJ9")] // a connection cursor's JSON
    public async Task A_malformed_cursor_is_bad_user_input_naming_after(string after)
    {
        using var node = CreateNode();

        var error = GraphQLErrors.Single(await node.GraphQLAsync(Page, new { after }));

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("after", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_page_costs_the_same_statements_for_10_and_300_changes()
    {
        using var node = CreateNode();
        // 25 rounds of 4 schools, then their 4 teachers as mentors, then 4 published exhibitions: every page of 10 or
        // more holds all three kinds of record.
        await node.WithDatabaseAsync(async db =>
        {
            for (var round = 0; round < 25; round++)
            {
                var prefix = $"B{round:D2}";
                await TestData.SeedTreeAsync(db, 4, prefix);
                foreach (var teacher in db.Teachers.Local.Where(t => t.Id.StartsWith($"P{prefix}", StringComparison.Ordinal))) teacher.OffersMentoring = true;
                await db.SaveChangesAsync();
                for (var i = 0; i < 4; i++)
                {
                    db.Exhibitions.Add(new Exhibition
                    {
                        Id = $"E{prefix}{i:D5}", CandidateId = $"K{prefix}{i:D5}", Title = $"Exhibition {prefix} {i}", Abstract = "A",
                        Status = ExhibitionStatus.Published, PublishedAt = FeedData.At, CreatedAt = FeedData.At, UpdatedAt = FeedData.At,
                    });
                }
                await db.SaveChangesAsync();
            }
        });

        // One statement for the page, then one per kind of record, however many changes the page holds.
        var small = await StatementsForAsync(node, 10);
        var large = await StatementsForAsync(node, 300);

        Assert.Equal(4, small);
        Assert.Equal(small, large);
    }

    private static async Task<int> StatementsForAsync(NodeAppFactory node, int first)
    {
        node.Sql.Reset();
        var page = await PageAsync(node, null, first);
        var statements = node.Sql.Count;

        var changes = page.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(first, changes.Count);
        Assert.Equal(["EXHIBITION", "MENTOR", "SCHOOL"], changes.Select(c => c.GetProperty("entityType").GetString()).Distinct().Order());
        Assert.All(changes, c => Assert.NotEqual(JsonValueKind.Null, c.GetProperty(c.GetProperty("entityType").GetString() switch
        {
            "SCHOOL" => "school",
            "EXHIBITION" => "exhibition",
            _ => "mentor",
        }).ValueKind));
        return statements;
    }

    private static async Task<List<FeedChange>> HarvestAsync(NodeAppFactory node, string? after, int pageSize)
    {
        var seen = new List<FeedChange>();
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await PageAsync(node, after, pageSize);
            seen.AddRange(Changes(page));
            after = page.GetProperty("endCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean()) return seen;
        }
        throw new Xunit.Sdk.XunitException("The harvest did not end.");
    }

    private static async Task<JsonElement> PageAsync(NodeAppFactory node, string? after, int first) =>
        (await node.QueryAsync(Page, new { after, first })).GetProperty("changes");

    private static List<FeedChange> Changes(JsonElement page) =>
        [.. page.GetProperty("changes").EnumerateArray().Select(c => new FeedChange(
            c.GetProperty("sequence").GetInt64(), c.GetProperty("cursor").GetString()!,
            c.GetProperty("entityType").GetString()!, c.GetProperty("operation").GetString()!))];

    private static List<JsonElement> ExhibitionChanges(JsonElement page) =>
        [.. page.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("entityType").GetString() == "EXHIBITION")];

    private static async Task<string> CreateSchoolAsync(NodeAppFactory node, string name) =>
        (await node.QueryAsync("mutation($name: String!) { createSchool(input: { name: $name, nation: \"GB\", economy: DEVELOPED }) { id } }", new { name }))
            .GetProperty("createSchool").GetProperty("id").GetString()!;

    private static Task SetMentoringAsync(NodeAppFactory node, string teacherKey, bool offers) =>
        node.WithDatabaseAsync(async db =>
        {
            var teacher = await db.Teachers.FindAsync(teacherKey);
            teacher!.OffersMentoring = offers;
            await db.SaveChangesAsync();
        });

    private sealed record FeedChange(long Sequence, string Cursor, string Type, string Operation);
}

public sealed class ChangeFeedOnSqliteTests() : ChangeFeedTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class ChangeFeedOnPostgresTests(PostgresServer server) : ChangeFeedTests(NodeDatabaseEngine.Postgres, server);
