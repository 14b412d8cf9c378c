using Microsoft.EntityFrameworkCore;
using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Research;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Data;

/// <summary>Every entity is written, read back, changed and deleted, on each engine.</summary>
public abstract class EntityRoundTripTests : EngineTestBase
{
    private protected EntityRoundTripTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    [Fact]
    public async Task Every_entity_reads_back_as_written_with_lists_enums_and_utc_dates()
    {
        var sample = new SampleGraph();
        await using (var db = Database.CreateContext())
        {
            sample.AddTo(db);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        EntityAssert.StoredFieldsEqual(sample.School, await read.Schools.SingleAsync());
        EntityAssert.StoredFieldsEqual(sample.Teacher, await read.Teachers.SingleAsync());
        var cohort = await read.Cohorts.Include(c => c.Schools).SingleAsync();
        EntityAssert.StoredFieldsEqual(sample.Cohort, cohort);
        EntityAssert.StoredFieldsEqual(sample.Cohort.Schools[0], Assert.Single(cohort.Schools));
        EntityAssert.StoredFieldsEqual(sample.Candidate, await read.Candidates.SingleAsync());
        var project = await read.ResearchProjects.SingleAsync();
        EntityAssert.StoredFieldsEqual(sample.Project, project);
        EntityAssert.StoredFieldsEqual(sample.Project.BuildsOn[0], Assert.Single(project.BuildsOn));
        var exhibition = await read.Exhibitions.Include(e => e.Media).Include(e => e.Versions).SingleAsync();
        EntityAssert.StoredFieldsEqual(sample.Exhibition, exhibition);
        EntityAssert.StoredFieldsEqual(sample.Exhibition.Media[0], Assert.Single(exhibition.Media));
        EntityAssert.StoredFieldsEqual(sample.Exhibition.Versions[0], Assert.Single(exhibition.Versions));
        var adjudication = await read.Adjudications.Include(a => a.Panel).SingleAsync();
        EntityAssert.StoredFieldsEqual(sample.Adjudication, adjudication);
        EntityAssert.StoredFieldsEqual(sample.Adjudication.Panel[0], Assert.Single(adjudication.Panel));
        EntityAssert.StoredFieldsEqual(sample.Award, await read.Awards.SingleAsync());
        EntityAssert.StoredFieldsEqual(sample.Mentorship, await read.Mentorships.SingleAsync());
        Assert.Equal(2, await read.CohortSchools.CountAsync() + await read.MediaItems.CountAsync());
    }

    [Fact]
    public async Task Navigations_load_with_include()
    {
        await SeedSampleAsync();
        await using var db = Database.CreateContext();

        var candidate = await db.Candidates.Include(c => c.Teacher!).ThenInclude(t => t.School).Include(c => c.Cohort).SingleAsync();

        Assert.Equal("Elmhurst Primary School", candidate.Teacher!.School!.Name);
        Assert.Equal(2024, candidate.Cohort!.IntakeYear);
    }

    [Fact]
    public async Task Changes_to_scalars_lists_and_owned_links_are_saved()
    {
        await SeedSampleAsync();
        var later = SampleGraph.At.AddDays(3);
        await using (var db = Database.CreateContext())
        {
            var project = await db.ResearchProjects.SingleAsync();
            project.Themes.Add("inclusion");
            project.Status = ProjectStatus.Active;
            project.EthicsApprovedAt = null;
            project.UpdatedAt = later;
            project.BuildsOn.Add(new ResearchLink { Id = "L2", ProjectId = project.Id, TargetId = "makerere:Exhibition:01JABC", Relation = LinkRelation.Challenges, CreatedAt = later });
            var teacher = await db.Teachers.SingleAsync();
            teacher.Languages = ["en"];
            var adjudication = await db.Adjudications.SingleAsync();
            adjudication.FinalDecision = null;
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var saved = await read.ResearchProjects.SingleAsync();
        Assert.Equal(["oracy", "mathematics mastery", "inclusion"], saved.Themes);
        Assert.Equal(ProjectStatus.Active, saved.Status);
        Assert.Null(saved.EthicsApprovedAt);
        Assert.Equal(later, saved.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, saved.UpdatedAt.Kind);
        Assert.Equal([LinkRelation.Extends, LinkRelation.Challenges], saved.BuildsOn.OrderBy(l => l.CreatedAt).Select(l => l.Relation));
        Assert.Equal(["en"], (await read.Teachers.SingleAsync()).Languages);
        Assert.Null((await read.Adjudications.SingleAsync()).FinalDecision);
    }

    [Fact]
    public async Task Removing_a_link_from_a_project_deletes_it()
    {
        await SeedSampleAsync();
        await using (var db = Database.CreateContext())
        {
            var project = await db.ResearchProjects.SingleAsync();
            project.BuildsOn.Clear();
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Empty((await read.ResearchProjects.SingleAsync()).BuildsOn);
    }

    [Fact]
    public async Task Deleting_rows_in_dependency_order_leaves_nothing_and_takes_the_parts_with_their_whole()
    {
        await SeedSampleAsync();
        await using (var db = Database.CreateContext())
        {
            db.Mentorships.Remove(await db.Mentorships.SingleAsync());
            db.Awards.Remove(await db.Awards.SingleAsync());
            db.Adjudications.Remove(await db.Adjudications.SingleAsync());
            await db.SaveChangesAsync();
            // Media, versions, links, school links and panel reports go with what they belong to.
            db.Exhibitions.Remove(await db.Exhibitions.SingleAsync());
            db.ResearchProjects.Remove(await db.ResearchProjects.SingleAsync());
            db.Candidates.Remove(await db.Candidates.SingleAsync());
            await db.SaveChangesAsync();
            db.Cohorts.Remove(await db.Cohorts.SingleAsync());
            db.Teachers.Remove(await db.Teachers.SingleAsync());
            await db.SaveChangesAsync();
            db.Schools.Remove(await db.Schools.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Equal(0, await read.MediaItems.CountAsync() + await read.ExhibitionVersions.CountAsync() + await read.AdjudicatorReports.CountAsync()
            + await read.CohortSchools.CountAsync() + await read.Schools.CountAsync());
        Assert.Equal(0, await read.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"ResearchLinks\"").SingleAsync());
    }

    [Fact]
    public async Task Enum_values_are_stored_by_name()
    {
        await SeedSampleAsync();
        await using var db = Database.CreateContext();

        var stage = await db.Database.SqlQueryRaw<string>("SELECT \"Stage\" AS \"Value\" FROM \"Candidates\"").SingleAsync();
        var status = await db.Database.SqlQueryRaw<string>("SELECT \"Status\" AS \"Value\" FROM \"Exhibitions\"").SingleAsync();

        Assert.Equal(nameof(CandidateStage.Exhibiting), stage);
        Assert.Equal(nameof(ExhibitionStatus.UnderAdjudication), status);
    }

    [Fact]
    public async Task Local_and_unspecified_times_are_stored_as_utc_and_read_back_as_utc()
    {
        await SeedSampleAsync();
        var utc = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        await using (var db = Database.CreateContext())
        {
            var report = await db.AdjudicatorReports.SingleAsync();
            report.SubmittedAt = utc.ToLocalTime();
            var award = await db.Awards.SingleAsync();
            award.AwardedAt = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var submitted = (await read.AdjudicatorReports.SingleAsync()).SubmittedAt!.Value;
        var awarded = (await read.Awards.SingleAsync()).AwardedAt;
        Assert.Equal((utc, DateTimeKind.Utc), (submitted, submitted.Kind));
        Assert.Equal((utc, DateTimeKind.Utc), (awarded, awarded.Kind));
        var unspecified = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
        Assert.Equal(1, await read.AdjudicatorReports.CountAsync(r => r.SubmittedAt == utc && r.Recommendation == Recommendation.MinorCorrections));
        Assert.Equal(1, await read.Awards.CountAsync(a => a.AwardedAt >= unspecified));
    }

    [Fact]
    public async Task Date_parts_translate_on_every_engine()
    {
        await SeedSampleAsync();
        await using var db = Database.CreateContext();

        var enrolled2024 = await db.Candidates.CountAsync(c => c.EnrolledAt.Year == 2024 && c.EnrolledAt.Month == 8);
        var sameDay = await db.Schools.CountAsync(s => s.CreatedAt.Date == SampleGraph.At.Date);

        Assert.Equal(1, enrolled2024);
        Assert.Equal(1, sameDay);
    }

    private async Task SeedSampleAsync()
    {
        await using var db = Database.CreateContext();
        new SampleGraph().AddTo(db);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteEntityRoundTripTests() : EntityRoundTripTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEntityRoundTripTests(PostgresServer server) : EntityRoundTripTests(NodeDatabaseEngine.Postgres, server);
