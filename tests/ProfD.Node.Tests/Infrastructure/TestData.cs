using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>Rows written straight to the database, shaped for the test at hand.</summary>
internal static class TestData
{
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// <paramref name="count"/> schools, each in one cohort of its own with one candidate who has one project:
    /// <paramref name="count"/> rows at every level of schools → cohorts → candidates → projects.
    /// </summary>
    public static async Task SeedTreeAsync(NodeDbContext db, int count, string prefix = "T")
    {
        for (var i = 0; i < count; i++)
        {
            var at = Epoch.AddMinutes(i);
            var key = $"{prefix}{i:D5}";
            db.Add(new School { Id = $"S{key}", Name = $"School {key}", Nation = i % 2 == 0 ? "GB" : "UG", Economy = i % 2 == 0 ? Economy.Developed : Economy.Developing, City = $"City {i % 7}", CreatedAt = at, UpdatedAt = at });
            db.Add(new Teacher { Id = $"P{key}", GivenName = "Ada", FamilyName = $"Teacher {key}", Email = $"t{key}@example.org".ToLowerInvariant(), SchoolId = $"S{key}", Languages = ["en"], CreatedAt = at, UpdatedAt = at });
            db.Add(new Cohort { Id = $"C{key}", Name = $"Cohort {key}", IntakeYear = 2020 + i % 5, Stage = CohortStage.Researching, Schools = [new CohortSchool { CohortId = $"C{key}", SchoolId = $"S{key}" }], CreatedAt = at, UpdatedAt = at });
            db.Add(new Candidate { Id = $"K{key}", TeacherId = $"P{key}", CohortId = $"C{key}", Stage = CandidateStage.Researching, EnrolledAt = at, CreatedAt = at, UpdatedAt = at });
            db.Add(new ResearchProject { Id = $"R{key}", CandidateId = $"K{key}", Title = $"Project {key}", Question = "Does talk improve writing?", Themes = ["oracy"], Status = ProjectStatus.Active, CreatedAt = at, UpdatedAt = at });
        }
        await db.SaveChangesAsync();
    }
}
