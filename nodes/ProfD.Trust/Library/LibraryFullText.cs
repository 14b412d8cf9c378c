using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using ProfD.Trust.Data;

namespace ProfD.Trust.Library;

/// <summary>
/// Full-text search over the library's title, abstract, themes and findings, on each engine's own machinery:
/// SQLite's FTS5 table <c>LibrarySearch</c> (porter stemming, ranked by bm25) kept in step by the harvester, and
/// PostgreSQL's stored <c>tsvector</c> column <c>SearchVector</c> with a GIN index (english configuration, ranked by
/// ts_rank). Both weigh the title highest, then abstract and themes, then findings; both match all the words given;
/// both score so that higher is more relevant.
/// </summary>
internal static partial class LibraryFullText
{
    /// <summary>The FTS5 table, created by the SQLite migration.</summary>
    public const string SqliteCreate =
        "CREATE VIRTUAL TABLE \"LibrarySearch\" USING fts5(\"Id\" UNINDEXED, \"Title\", \"Abstract\", \"Themes\", \"Findings\", tokenize = 'porter unicode61');";

    public const string SqliteDrop = "DROP TABLE IF EXISTS \"LibrarySearch\";";

    private const string PostgresVector =
        "setweight(to_tsvector('english'::regconfig, coalesce(\"Title\", '')), 'A') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(\"Abstract\", '')), 'B') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(\"ThemesText\", '')), 'B') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(\"Findings\", '')), 'C')";

    // Words PostgreSQL's english configuration ignores; dropped on SQLite too, so "the oracy" matches alike.
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "of", "on", "or",
        "that", "the", "their", "this", "to", "was", "what", "when", "with", "does", "do", "can",
    };

    /// <summary>The stored search vector and its GIN index, on PostgreSQL only.</summary>
    public static void ConfigurePostgres(ModelBuilder modelBuilder)
    {
        var exhibition = modelBuilder.Entity<LibraryExhibition>();
        exhibition.Property<NpgsqlTsVector>("SearchVector").HasComputedColumnSql(PostgresVector, stored: true);
        exhibition.HasIndex("SearchVector").HasMethod("GIN");
    }

    /// <summary>The words of <paramref name="text"/> that search matches on; none means "no search".</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).Distinct().Take(32).ToList();

    /// <summary>The exhibitions matching every word, with their relevance; composable with LINQ (EF wraps the SQL as a subquery).</summary>
    public static IQueryable<LibraryMatch> Matches(TrustDbContext db, IReadOnlyList<string> words)
    {
        if (db.Engine == TrustDatabaseEngine.Sqlite)
        {
            // Each word quoted: FTS5 query syntax in user text is taken literally, never as operators.
            var query = string.Join(' ', words.Select(w => $"\"{w}\""));
            return db.Set<LibraryMatch>().FromSqlRaw(
                "SELECT \"Id\", -bm25(\"LibrarySearch\", 0.0, 10.0, 4.0, 4.0, 2.0) AS \"Score\" FROM \"LibrarySearch\" WHERE \"LibrarySearch\" MATCH {0}",
                query);
        }
        var text = string.Join(' ', words);
        return db.Set<LibraryMatch>().FromSqlRaw(
            "SELECT \"Id\", ts_rank(\"SearchVector\", plainto_tsquery('english'::regconfig, {0}))::float8 AS \"Score\" " +
            "FROM \"LibraryExhibitions\" WHERE \"SearchVector\" @@ plainto_tsquery('english'::regconfig, {0})",
            text);
    }

    /// <summary>Writes <paramref name="exhibition"/>'s text into the FTS5 table (SQLite); PostgreSQL computes its own.</summary>
    public static async Task IndexAsync(TrustDbContext db, LibraryExhibition exhibition, CancellationToken ct)
    {
        if (db.Engine != TrustDatabaseEngine.Sqlite) return;
        await RemoveAsync(db, exhibition.Id, ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"LibrarySearch\" (\"Id\", \"Title\", \"Abstract\", \"Themes\", \"Findings\") VALUES ({exhibition.Id}, {exhibition.Title}, {exhibition.Abstract}, {exhibition.ThemesText}, {exhibition.Findings ?? ""})",
            ct);
    }

    /// <summary>Removes an exhibition from the FTS5 table (SQLite).</summary>
    public static async Task RemoveAsync(TrustDbContext db, string id, CancellationToken ct)
    {
        if (db.Engine != TrustDatabaseEngine.Sqlite) return;
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"LibrarySearch\" WHERE \"Id\" = {id}", ct);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
