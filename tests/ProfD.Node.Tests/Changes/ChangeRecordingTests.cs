using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using ProfD.Node.Changes;
using ProfD.Node.Data;
using ProfD.Node.Demo;
using ProfD.Node.Exhibitions;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Changes;

/// <summary>
/// How saves become change records, on one engine: in the same transaction, decided from the change tracker whoever
/// saves, and numbered in commit order.
/// </summary>
public abstract class ChangeRecordingTests : EngineTestBase
{
    private protected ChangeRecordingTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    [Fact]
    public async Task A_failed_save_writes_no_change_record_and_a_retry_writes_each_change_once()
    {
        await using (var seed = Database.CreateContext()) await TestData.SeedTreeAsync(seed, 1);
        await using var db = Database.CreateContext();
        var before = await FeedData.FeedAsync(db);
        db.Schools.Add(NewSchool("SNEW"));
        // The same email as the seeded teacher: the unique index refuses the whole save.
        var teacher = new Teacher { Id = "PNEW", GivenName = "Kofi", FamilyName = "Mensah", Email = "tt00000@example.org", SchoolId = "SNEW", OffersMentoring = true, CreatedAt = FeedData.At, UpdatedAt = FeedData.At };
        db.Teachers.Add(teacher);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using (var check = Database.CreateContext())
        {
            Assert.Equal(before.Select(c => c.Sequence), (await FeedData.FeedAsync(check)).Select(c => c.Sequence));
            Assert.False(await check.Schools.AnyAsync(s => s.Id == "SNEW"));
        }

        teacher.Email = "kofi.mensah@example.org";
        await db.SaveChangesAsync();

        await using var after = Database.CreateContext();
        var added = (await FeedData.FeedAsync(after)).Skip(before.Count).Select(c => (c.EntityType, c.EntityKey, c.Operation)).ToList();
        Assert.Equal(2, added.Count);
        Assert.Contains((ChangeEntityType.School, "SNEW", ChangeOperation.Upsert), added);
        Assert.Contains((ChangeEntityType.Mentor, "PNEW", ChangeOperation.Upsert), added);
    }

    [Fact]
    public async Task Changes_saved_in_a_transaction_that_rolls_back_leave_no_change_record()
    {
        await using var db = Database.CreateContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Schools.Add(NewSchool("SROLL"));
            await db.SaveChangesAsync();
            Assert.Single(await db.ChangeRecords.ToListAsync());
            await transaction.RollbackAsync();
        }

        await using var check = Database.CreateContext();
        Assert.Empty(await FeedData.FeedAsync(check));
    }

    [Fact]
    public async Task Schools_deleted_and_exhibitions_added_already_withdrawn_leave_tombstones()
    {
        await using (var db = Database.CreateContext())
        {
            db.Schools.Add(NewSchool("SGONE"));
            await db.SaveChangesAsync();
            db.Schools.Remove(await db.Schools.SingleAsync(s => s.Id == "SGONE"));
            await db.SaveChangesAsync();

            // Imported history: an exhibition that was published before this node recorded anything, then withdrawn.
            var key = await FeedData.SeedDraftExhibitionAsync(db);
            (await db.Exhibitions.SingleAsync(e => e.Id == key)).Title = "Still a draft";
            await db.SaveChangesAsync();
            db.Exhibitions.Add(new Exhibition
            {
                Id = "EOLD", CandidateId = "KF00000", Title = "Old work", Abstract = "A", Status = ExhibitionStatus.Withdrawn,
                PublishedAt = FeedData.At, CreatedAt = FeedData.At, UpdatedAt = FeedData.At,
            });
            await db.SaveChangesAsync();
            // Editing the withdrawn exhibition adds nothing: the tombstone is already there.
            (await db.Exhibitions.SingleAsync(e => e.Id == "EOLD")).Title = "Old work, renamed";
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        Assert.Equal(
            [
                (ChangeEntityType.School, "SGONE", ChangeOperation.Upsert),
                (ChangeEntityType.School, "SGONE", ChangeOperation.Delete),
                (ChangeEntityType.School, "SF00000", ChangeOperation.Upsert),
                (ChangeEntityType.Exhibition, "EOLD", ChangeOperation.Delete),
            ],
            (await FeedData.FeedAsync(check)).Select(c => (c.EntityType, c.EntityKey, c.Operation)));
    }

    [Fact]
    public async Task Detached_copies_saved_with_Update_or_Remove_are_judged_by_what_the_feed_already_says()
    {
        string published, draft;
        await using (var db = Database.CreateContext())
        {
            published = await FeedData.SeedDraftExhibitionAsync(db, "A");
            draft = await FeedData.SeedDraftExhibitionAsync(db, "B");
            await FeedData.SetStatusAsync(db, published, ExhibitionStatus.Published);
        }
        var baseline = await CountAsync();

        // A copy from outside the context has no original values: the tracker cannot tell what the status was.
        await using (var db = Database.CreateContext())
        {
            db.Update(CopyOf(await ReadAsync(draft), ExhibitionStatus.Submitted));
            await db.SaveChangesAsync();
        }
        Assert.Equal(baseline, await CountAsync());

        await using (var db = Database.CreateContext())
        {
            db.Update(CopyOf(await ReadAsync(published), ExhibitionStatus.Adjudged));
            await db.SaveChangesAsync();
        }
        await using (var db = Database.CreateContext())
        {
            db.Update(CopyOf(await ReadAsync(published), ExhibitionStatus.Published));
            await db.SaveChangesAsync();
        }
        await using (var db = Database.CreateContext())
        {
            // A stub with only the key: its status says DRAFT, but the feed knows the exhibition is public.
            db.Remove(new Exhibition { Id = published, CandidateId = "KA00000", Title = "", Abstract = "" });
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        var exhibitionChanges = (await FeedData.FeedAsync(check)).Where(c => c.EntityType == ChangeEntityType.Exhibition).ToList();
        Assert.All(exhibitionChanges, c => Assert.Equal(published, c.EntityKey));
        Assert.Equal(
            [ChangeOperation.Upsert, ChangeOperation.Delete, ChangeOperation.Upsert, ChangeOperation.Delete],
            exhibitionChanges.Select(c => c.Operation));
    }

    [Fact]
    public async Task Demo_data_records_every_school_published_exhibition_withdrawal_and_mentor()
    {
        await using (var db = Database.CreateContext())
        {
            var clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
            await DemoData.SeedAsync(db, "uclioe", clock, TestCredentials.Issuer("uclioe", clock));
        }

        await using var check = Database.CreateContext();
        var feed = await FeedData.FeedAsync(check);
        var schools = await check.Schools.Select(s => s.Id).ToListAsync();
        var published = await check.Exhibitions.Where(e => e.Status == ExhibitionStatus.Published).Select(e => e.Id).ToListAsync();
        var withdrawn = await check.Exhibitions.Where(e => e.Status == ExhibitionStatus.Withdrawn).Select(e => e.Id).ToListAsync();
        var mentors = await check.Teachers.Where(t => t.OffersMentoring).Select(t => t.Id).ToListAsync();

        Assert.NotEmpty(published);
        Assert.NotEmpty(withdrawn);
        Assert.NotEmpty(mentors);
        Assert.Equal(schools.Order(), Keys(feed, ChangeEntityType.School, ChangeOperation.Upsert));
        Assert.Equal(published.Order(), Keys(feed, ChangeEntityType.Exhibition, ChangeOperation.Upsert));
        Assert.Equal(withdrawn.Order(), Keys(feed, ChangeEntityType.Exhibition, ChangeOperation.Delete));
        Assert.Equal(mentors.Order(), Keys(feed, ChangeEntityType.Mentor, ChangeOperation.Upsert));
        Assert.Equal(schools.Count + published.Count + withdrawn.Count + mentors.Count, feed.Count);
    }

    [Fact]
    public async Task The_migration_that_adds_the_feed_records_what_was_already_public()
    {
        await using (var db = Database.CreateContext())
        {
            await FeedData.SeedDraftExhibitionAsync(db, "P");
            await FeedData.SetStatusAsync(db, "EP00000", ExhibitionStatus.Published);
            await FeedData.SeedDraftExhibitionAsync(db, "W");
            await FeedData.SetStatusAsync(db, "EW00000", ExhibitionStatus.Published);
            await FeedData.SetStatusAsync(db, "EW00000", ExhibitionStatus.Withdrawn);
            await FeedData.SeedDraftExhibitionAsync(db, "D");
            (await db.Teachers.SingleAsync(t => t.Id == "PD00000")).OffersMentoring = true;
            await db.SaveChangesAsync();
        }

        // Back to the migration before the feed (which drops its table, keeping the rest), and forward again.
        await using (var db = Database.CreateContext())
        {
            var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).ToList();
            var feed = migrations.FindIndex(m => m.EndsWith("_ChangeFeedAndMedia", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[feed - 1]);
            await migrator.MigrateAsync();
        }

        await using var check = Database.CreateContext();
        Assert.Equal(
            [
                (ChangeEntityType.School, "SD00000", ChangeOperation.Upsert),
                (ChangeEntityType.School, "SP00000", ChangeOperation.Upsert),
                (ChangeEntityType.School, "SW00000", ChangeOperation.Upsert),
                (ChangeEntityType.Exhibition, "EP00000", ChangeOperation.Upsert),
                (ChangeEntityType.Exhibition, "EW00000", ChangeOperation.Delete),
                (ChangeEntityType.Mentor, "PD00000", ChangeOperation.Upsert),
            ],
            (await FeedData.FeedAsync(check)).Select(c => (c.EntityType, c.EntityKey, c.Operation)));
    }

    [Fact]
    public async Task A_second_writer_gets_its_number_only_after_the_first_commits_so_numbers_become_visible_in_order()
    {
        await using var first = Database.CreateContext();
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Schools.Add(NewSchool("SFIRST"));
        await first.SaveChangesAsync();

        // On a thread of its own: Microsoft.Data.Sqlite waits for a lock synchronously, even in its async methods.
        var second = Task.Run(() => SaveSchoolAsync("SSECOND"));
        await WaitUntilSecondWriterWaitsAsync(second);
        await using (var reader = Database.CreateContext())
            Assert.Empty(await FeedData.FeedAsync(reader));

        await transaction.CommitAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(30));

        await using var check = Database.CreateContext();
        Assert.Equal(["SFIRST", "SSECOND"], (await FeedData.FeedAsync(check)).Select(c => c.EntityKey));
    }

    private protected virtual async Task WaitUntilSecondWriterWaitsAsync(Task second)
    {
        // PostgreSQL: the second transaction is queued on the change feed's advisory lock.
        await using var connection = new NpgsqlConnection(Database.Connection.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = {(uint)(PostgresNodeDbContext.ChangeFeedLockKey & 0xFFFFFFFF)}", connection);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            Assert.False(second.IsCompleted, "The second writer finished while the first transaction was still open.");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The second writer never waited for the lock.");
            await Task.Delay(20);
        }
    }

    private async Task SaveSchoolAsync(string key)
    {
        await using var db = Database.CreateContext();
        db.Schools.Add(NewSchool(key));
        await db.SaveChangesAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = Database.CreateContext();
        return await db.ChangeRecords.CountAsync();
    }

    private async Task<Exhibition> ReadAsync(string key)
    {
        await using var db = Database.CreateContext();
        return await db.Exhibitions.AsNoTracking().SingleAsync(e => e.Id == key);
    }

    private static Exhibition CopyOf(Exhibition e, ExhibitionStatus status) => new()
    {
        Id = e.Id, CandidateId = e.CandidateId, ProjectId = e.ProjectId, Title = e.Title, Abstract = e.Abstract, Status = status,
        CurrentVersion = e.CurrentVersion, Themes = e.Themes, Languages = e.Languages, Licence = e.Licence, PublishedAt = e.PublishedAt,
        CreatedAt = e.CreatedAt, UpdatedAt = e.UpdatedAt.AddMinutes(1),
    };

    private static List<string> Keys(List<ChangeRecord> feed, ChangeEntityType type, ChangeOperation operation) =>
        [.. feed.Where(c => c.EntityType == type && c.Operation == operation).Select(c => c.EntityKey).Order()];

    private static School NewSchool(string key) =>
        new() { Id = key, Name = $"School {key}", Nation = "GB", Economy = Economy.Developed, CreatedAt = FeedData.At, UpdatedAt = FeedData.At };
}

public sealed class ChangeRecordingOnSqliteTests() : ChangeRecordingTests(NodeDatabaseEngine.Sqlite, null)
{
    // SQLite: the first transaction holds the file's write lock, so a writer that will not wait is refused outright.
    private protected override async Task WaitUntilSecondWriterWaitsAsync(Task second)
    {
        var impatient = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.Connection.ConnectionString) { DefaultTimeout = 1, Pooling = false };
        await using var db = NodeDatabaseConnection.Sqlite(impatient.ConnectionString).CreateContext();
        db.Schools.Add(new School { Id = "SIMPATIENT", Name = "Impatient", Nation = "GB", CreatedAt = FeedData.At, UpdatedAt = FeedData.At });
        var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.SaveChangesAsync());
        Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY
        Assert.False(second.IsCompleted, "The second writer finished while the first transaction was still open.");
    }
}

[Collection(PostgresCollection.Name)]
public sealed class ChangeRecordingOnPostgresTests(PostgresServer server) : ChangeRecordingTests(NodeDatabaseEngine.Postgres, server);
