using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>
/// Writes a candidate's work straight into a <see cref="RealNode"/>'s database, as the end of the journey
/// (publishExhibition) leaves it. The node's own save writes the change records, so the trust harvests exactly what
/// the node's real change feed serves.
/// </summary>
internal static class RealNodeWork
{
    private static readonly DateTime Epoch = new(2029, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>School S1, its teacher T1 and candidate K1 in cohort C1: the author of all the work below.</summary>
    public static Task CandidateAsync(RealNode node, string nation = "GB") => node.WithDatabaseAsync(async db =>
    {
        db.Add(new School { Id = "S1", Name = "Elm Primary", Nation = nation, Economy = Economy.Developed, City = "Leeds", CreatedAt = Epoch, UpdatedAt = Epoch });
        db.Add(new Teacher { Id = "T1", GivenName = "Ada", FamilyName = "Author", Email = "ada.author@example.org", SchoolId = "S1", Languages = ["en"], CreatedAt = Epoch, UpdatedAt = Epoch });
        db.Add(new Cohort
        {
            Id = "C1", Name = "Cohort 2029", IntakeYear = 2029, Stage = CohortStage.Researching, CreatedAt = Epoch, UpdatedAt = Epoch,
            Schools = [new CohortSchool { CohortId = "C1", SchoolId = "S1" }],
        });
        db.Add(new Candidate { Id = "K1", TeacherId = "T1", CohortId = "C1", Stage = CandidateStage.Researching, EnrolledAt = Epoch, CreatedAt = Epoch, UpdatedAt = Epoch });
        await db.SaveChangesAsync();
    });

    /// <summary>A concluded project of K1 that builds on <paramref name="buildsOn"/> (global IDs, any node).</summary>
    public static Task ProjectAsync(RealNode node, string key, params (LinkRelation Relation, string Target)[] buildsOn) => node.WithDatabaseAsync(async db =>
    {
        db.Add(new ResearchProject
        {
            Id = key, CandidateId = "K1", Title = $"Project {key}", Question = "Does partner talk help?", Findings = $"Findings of {key}.",
            Status = ProjectStatus.Concluded, CreatedAt = Epoch, UpdatedAt = Epoch,
            BuildsOn = [.. buildsOn.Select((l, i) => new ResearchLink { Id = $"{key}L{i}", ProjectId = key, TargetId = l.Target, Relation = l.Relation, CreatedAt = Epoch })],
        });
        await db.SaveChangesAsync();
    });

    /// <summary>A PUBLISHED exhibition of K1, presenting <paramref name="projectKey"/> when given.</summary>
    public static Task PublishedAsync(RealNode node, string key, string title, string? projectKey = null, string[]? provocations = null) => node.WithDatabaseAsync(async db =>
    {
        db.Add(new Exhibition
        {
            Id = key, CandidateId = "K1", ProjectId = projectKey, Title = title, Abstract = $"About {title}.", Status = ExhibitionStatus.Published,
            Themes = ["oracy"], Languages = ["en"], ProvocationIds = [.. provocations ?? []],
            PublishedAt = Epoch.AddDays(60), PublicationConsentAt = Epoch.AddDays(60), CreatedAt = Epoch, UpdatedAt = Epoch.AddDays(60),
        });
        await db.SaveChangesAsync();
    });

    /// <summary>Changes a published exhibition's title in place (no mutation edits a published exhibition; a correction by the node's staff would).</summary>
    public static Task RetitleAsync(RealNode node, string key, string title) => node.WithDatabaseAsync(async db =>
    {
        var exhibition = await db.Set<Exhibition>().SingleAsync(e => e.Id == key);
        exhibition.Title = title;
        await db.SaveChangesAsync();
    });

    /// <summary>Withdraws a published exhibition through the node's own withdrawExhibition mutation.</summary>
    public static Task WithdrawAsync(RealNode node, string globalId) =>
        node.QueryAsync("mutation($id: ID!) { withdrawExhibition(id: $id, reason: \"Consent withdrawn.\") { status } }", new { id = globalId });
}
