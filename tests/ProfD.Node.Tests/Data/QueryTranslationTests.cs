using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Research;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Data;

/// <summary>The queries lists are built from translate to SQL on each engine and mean the same on both.</summary>
public abstract class QueryTranslationTests : EngineTestBase
{
    private protected QueryTranslationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        new SampleGraph().AddTo(db);
        db.ResearchProjects.AddRange(
            Project("P2", "apple orchards", ["outdoor learning", "climate education"], 1),
            Project("P3", "Zebra crossings", ["oracy"], 2),
            Project("P4", "Écoles multilingues", ["multilingual classrooms"], 3));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Themes_contains_finds_the_projects_with_that_theme()
    {
        await using var db = Database.CreateContext();

        var oracy = await db.ResearchProjects.Where(p => p.Themes.Contains("oracy")).Select(p => p.Id).OrderBy(id => id).ToListAsync();
        var outdoor = await db.Exhibitions.CountAsync(e => e.Themes.Contains("outdoor learning"));

        Assert.Equal(["P3", "SPRO"], oracy);
        Assert.Equal(0, outdoor);
    }

    [Fact]
    public async Task Themes_contains_with_a_parameter_and_languages_contains_translate()
    {
        await using var db = Database.CreateContext();
        var theme = "climate education";
        var language = "pl";

        var projects = await db.ResearchProjects.Where(p => p.Themes.Contains(theme)).Select(p => p.Title).ToListAsync();
        var teachers = await db.Teachers.CountAsync(t => t.Languages.Contains(language));
        var exhibitions = await db.Exhibitions.CountAsync(e => e.Languages.Contains(language) && e.Themes.Any(t => t == "oracy"));

        Assert.Equal(["apple orchards"], projects);
        Assert.Equal(1, teachers);
        Assert.Equal(1, exhibitions);
    }

    [Fact]
    public async Task Any_of_several_themes_translates()
    {
        await using var db = Database.CreateContext();
        string[] wanted = ["climate education", "multilingual classrooms"];

        var count = await db.ResearchProjects.CountAsync(p => p.Themes.Any(t => wanted.Contains(t)));

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Text_orders_by_ordinal_byte_order_on_every_engine()
    {
        await using var db = Database.CreateContext();

        var titles = await db.ResearchProjects.OrderBy(p => p.Title).ThenBy(p => p.Id).Select(p => p.Title).ToListAsync();

        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
        Assert.Equal("Talk partners and reasoning", titles[0]);
    }

    [Fact]
    public async Task Keyset_paging_on_a_date_and_id_translates()
    {
        await using var db = Database.CreateContext();
        var after = SampleGraph.At.AddMinutes(1);

        var page = await db.ResearchProjects
            .Where(p => p.CreatedAt > after || (p.CreatedAt == after && string.Compare(p.Id, "P2") > 0))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.CreatedAt })
            .ToListAsync();

        Assert.Equal(["P3", "P4"], page.Select(p => p.Id));
        Assert.All(page, p => Assert.Equal(DateTimeKind.Utc, p.CreatedAt.Kind));
    }

    [Fact]
    public async Task Links_are_found_by_target_for_cited_by()
    {
        await using var db = Database.CreateContext();
        var target = "unimelb:ResearchProject:01JABCDEFGHJKMNPQRSTVWXYZ0";

        var citing = await db.ResearchProjects.Where(p => p.BuildsOn.Any(l => l.TargetId == target)).Select(p => p.Id).ToListAsync();
        var count = await db.ResearchProjects.SelectMany(p => p.BuildsOn).CountAsync(l => l.TargetId == target);

        Assert.Equal(["SPRO"], citing);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task The_statement_counter_counts_each_command_once()
    {
        await using var db = Database.CreateContext();
        Database.Sql.Reset();

        await db.Schools.ToListAsync();
        await db.Teachers.CountAsync();
        db.Schools.Single().City = "Leeds";
        db.SaveChanges();

        // The save is two commands: the update with the school's change record (batched on PostgreSQL, one after the
        // other on SQLite), and on PostgreSQL the change feed's lock before them.
        Assert.Equal(5, Database.Sql.Count);
        Assert.Contains("Teachers", Database.Sql.Statements[1], StringComparison.Ordinal);
        Assert.Contains(Database.Sql.Statements.Skip(3), s => s.Contains("UPDATE \"Schools\"", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Database.Sql.Statements.Skip(3), s => s.Contains("INSERT INTO \"ChangeRecords\"", StringComparison.OrdinalIgnoreCase));
        Database.Sql.Reset();
        Assert.Equal(0, Database.Sql.Count);
        Assert.Empty(Database.Sql.Statements);
    }

    [Fact]
    public async Task Loading_projects_with_their_links_is_one_statement_however_many_rows()
    {
        await using var db = Database.CreateContext();
        Database.Sql.Reset();

        var projects = await db.ResearchProjects.ToListAsync();

        Assert.Equal(4, projects.Count);
        Assert.Equal(1, Database.Sql.Count);
    }

    private static ResearchProject Project(string id, string title, List<string> themes, int minutes) => new()
    {
        Id = id, CandidateId = "SCAN", Title = title, Question = "?", Themes = themes, Status = ProjectStatus.Active,
        CreatedAt = SampleGraph.At.AddMinutes(minutes), UpdatedAt = SampleGraph.At.AddMinutes(minutes),
    };
}

public sealed class SqliteQueryTranslationTests() : QueryTranslationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryTranslationTests(PostgresServer server) : QueryTranslationTests(NodeDatabaseEngine.Postgres, server);
