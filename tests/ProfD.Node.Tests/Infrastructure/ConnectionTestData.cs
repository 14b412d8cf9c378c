using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>What <see cref="ConnectionTestData.SeedAsync"/> wrote, to work out what each list should return.</summary>
internal sealed record ConnectionGraph(
    IReadOnlyList<School> Schools,
    IReadOnlyList<Teacher> Teachers,
    IReadOnlyList<Cohort> Cohorts,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<ResearchProject> Projects);

/// <summary>
/// Schools, teachers, cohorts, candidates and research projects varied by their index, so that every filter has rows
/// on both sides and every sort field has ties. Keys are a permutation of the index, so the id tie-break is not the
/// order the rows were written in.
/// </summary>
internal static class ConnectionTestData
{
    public const int TeacherCount = 31;
    public const int CohortCount = 23;
    public const int CandidateCount = 31;
    public const int ProjectCount = 37;

    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] GivenNames = ["Ada", "Ben", "Chidi", "Dana", "Esi"];
    private static readonly string[] FamilyNames = ["Okello", "Smith", "Nguyen", "Brown", "Mensah", "Taylor"];
    private static readonly string[] Places = ["Gulu", "Kampala", "London", "Leeds", "Melbourne", "Perth"];
    private static readonly string[] Titles = ["Talk partners", "Maths talk", "Reading maps", "Writing frames", "Play and oracy"];

    /// <remarks>
    /// Schools SA to SD. Teacher i: school i % 4, given name i % 5, family name i % 6, languages [en, sw] / [en] / [lg]
    /// by i % 3, created at hour i % 8. Cohort i: name "place year" (equal for i ≡ j mod 12), intake 2020 + i % 4, stage
    /// (i / 2) % 4, school i % 4 plus school (i + 1) % 4 when i % 3 == 0, created on day i % 5. Candidate i: teacher i,
    /// cohort i % 23, stage i % 5, enrolled on day i % 6, created at hour i % 4. Project i: candidate i % 31, title i % 5,
    /// "writing" or "maps" in the question by i % 2, themes [oracy, writing] / [inclusion] / none by i % 3, status
    /// (i / 3) % 3, created on day i % 7, updated at hour i % 5 of day 10.
    /// </remarks>
    public static async Task<ConnectionGraph> SeedAsync(NodeDbContext db)
    {
        School[] schools = [.. "ABCD".Select((letter, i) => new School
        {
            Id = $"S{letter}", Name = $"School {letter}", Nation = i % 2 == 0 ? "GB" : "UG",
            Economy = i % 2 == 0 ? Economy.Developed : Economy.Developing, CreatedAt = Epoch, UpdatedAt = Epoch,
        })];
        Teacher[] teachers = [.. Enumerable.Range(0, TeacherCount).Select(i => new Teacher
        {
            Id = Key('P', i, TeacherCount), SchoolId = schools[i % 4].Id, GivenName = GivenNames[i % 5], FamilyName = FamilyNames[i % 6],
            Email = $"teacher{i}@example.org", Languages = (i % 3) switch { 0 => ["en", "sw"], 1 => ["en"], _ => ["lg"] },
            CreatedAt = Epoch.AddHours(i % 8), UpdatedAt = Epoch.AddHours(i % 8),
        })];
        Cohort[] cohorts = [.. Enumerable.Range(0, CohortCount).Select(i =>
        {
            var id = Key('C', i, CohortCount);
            List<CohortSchool> links = [new CohortSchool { CohortId = id, SchoolId = schools[i % 4].Id }];
            if (i % 3 == 0) links.Add(new CohortSchool { CohortId = id, SchoolId = schools[(i + 1) % 4].Id });
            return new Cohort
            {
                Id = id, Name = $"{Places[i % 6]} {2020 + i % 4}", IntakeYear = 2020 + i % 4, Stage = (CohortStage)(i / 2 % 4),
                Schools = links, CreatedAt = Epoch.AddDays(i % 5), UpdatedAt = Epoch.AddDays(i % 5),
            };
        })];
        Candidate[] candidates = [.. Enumerable.Range(0, CandidateCount).Select(i => new Candidate
        {
            Id = Key('K', i, CandidateCount), TeacherId = teachers[i].Id, CohortId = cohorts[i % CohortCount].Id,
            Stage = (CandidateStage)(i % 5), EnrolledAt = Epoch.AddDays(i % 6), CreatedAt = Epoch.AddHours(i % 4), UpdatedAt = Epoch,
        })];
        ResearchProject[] projects = [.. Enumerable.Range(0, ProjectCount).Select(i => new ResearchProject
        {
            Id = Key('R', i, ProjectCount), CandidateId = candidates[i % CandidateCount].Id, Title = Titles[i % 5],
            Question = i % 2 == 0 ? "Does talk improve writing?" : "How do pupils read maps?",
            Themes = (i % 3) switch { 0 => ["oracy", "writing"], 1 => ["inclusion"], _ => [] },
            Status = (ProjectStatus)(i / 3 % 3), CreatedAt = Epoch.AddDays(i % 7), UpdatedAt = Epoch.AddDays(10).AddHours(i % 5),
        })];
        db.AddRange(schools);
        db.AddRange(teachers);
        db.AddRange(cohorts);
        db.AddRange(candidates);
        db.AddRange(projects);
        await db.SaveChangesAsync();
        return new ConnectionGraph(schools, teachers, cohorts, candidates, projects);
    }

    // 7 is coprime to every count above, so i * 7 % count visits each key once.
    private static string Key(char prefix, int i, int count) => $"{prefix}{i * 7 % count:D3}";
}
