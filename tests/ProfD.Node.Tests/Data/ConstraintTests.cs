using Microsoft.EntityFrameworkCore;
using ProfD.Node.Adjudications;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Teachers;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Data;

/// <summary>The database itself refuses rows that would break the data, on each engine, and saves nothing of a refused batch.</summary>
public abstract class ConstraintTests : EngineTestBase
{
    private protected ConstraintTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        new SampleGraph().AddTo(db);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_second_version_with_the_same_number_is_refused()
    {
        await using var db = Database.CreateContext();
        db.ExhibitionVersions.Add(new ExhibitionVersion { Id = "V-DUP", ExhibitionId = "SEXH", Number = 1, CreatedAt = SampleGraph.At });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_teacher_at_a_school_that_does_not_exist_is_refused()
    {
        await using var db = Database.CreateContext();
        db.Teachers.Add(NewTeacher("T-NEW", "nobody@example.org", schoolId: "NO-SUCH-SCHOOL"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_second_teacher_with_the_same_email_is_refused()
    {
        await using var db = Database.CreateContext();
        db.Teachers.Add(NewTeacher("T-NEW", "amelia.oconnor.s@elmhurst.sch.uk", schoolId: "SSCH"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_same_adjudicator_twice_on_a_panel_is_refused()
    {
        await using var db = Database.CreateContext();
        db.AdjudicatorReports.Add(new AdjudicatorReport { Id = "R-DUP", AdjudicationId = "SADJ", AdjudicatorId = "makerere:Teacher:01JABCDEFGHJKMNPQRSTVWXYZ1" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_second_adjudication_of_the_same_version_is_refused()
    {
        await using var db = Database.CreateContext();
        db.Adjudications.Add(new Adjudication { Id = "A-DUP", ExhibitionId = "SEXH", ExhibitionVersion = 1, CreatedAt = SampleGraph.At, UpdatedAt = SampleGraph.At });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_a_school_that_has_teachers_is_refused_and_nothing_is_lost()
    {
        await using (var db = Database.CreateContext())
        {
            await db.CohortSchools.ExecuteDeleteAsync();
            db.Schools.Remove(await db.Schools.SingleAsync());
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.Schools.CountAsync());
        Assert.Equal(1, await read.Teachers.CountAsync());
    }

    [Fact]
    public async Task Deleting_an_exhibition_that_has_been_adjudicated_or_awarded_is_refused()
    {
        await using (var db = Database.CreateContext())
        {
            db.Exhibitions.Remove(await db.Exhibitions.SingleAsync());
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.MediaItems.CountAsync());
    }

    [Fact]
    public async Task Deleting_a_candidate_with_research_is_refused()
    {
        await using var db = Database.CreateContext();
        db.Candidates.Remove(await db.Candidates.SingleAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_batch_with_one_bad_row_saves_none_of_its_rows()
    {
        await using (var db = Database.CreateContext())
        {
            db.Teachers.Add(NewTeacher("T-GOOD", "good@example.org", schoolId: "SSCH"));
            db.ExhibitionVersions.Add(new ExhibitionVersion { Id = "V-DUP", ExhibitionId = "SEXH", Number = 1, CreatedAt = SampleGraph.At });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = Database.CreateContext();
        Assert.False(await read.Teachers.AnyAsync(t => t.Id == "T-GOOD"));
    }

    private static Teacher NewTeacher(string id, string email, string schoolId) => new()
    {
        Id = id, GivenName = "Kofi", FamilyName = "Mensah", Email = email, SchoolId = schoolId, CreatedAt = SampleGraph.At, UpdatedAt = SampleGraph.At,
    };
}

public sealed class SqliteConstraintTests() : ConstraintTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresConstraintTests(PostgresServer server) : ConstraintTests(NodeDatabaseEngine.Postgres, server);
