using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Bench.Node;

/// <summary>A node's worth of rows for benchmarks: 100 schools, 2,000 teachers and candidates, 10,000 exhibitions with 3 media items each.</summary>
internal static class BenchData
{
    public const int Exhibitions = 10_000;

    public static async Task SeedAsync(NodeDbContext db)
    {
        var epoch = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var s = 0; s < 100; s++)
        {
            db.Add(new School { Id = $"S{s:D5}", Name = $"School {s}", Nation = s % 3 == 0 ? "UG" : "GB", Economy = s % 3 == 0 ? Economy.Developing : Economy.Developed, City = "City", CreatedAt = epoch, UpdatedAt = epoch });
        }
        db.Add(new Cohort { Id = "C00000", Name = "Cohort 2024", IntakeYear = 2024, Stage = CohortStage.Exhibiting, Schools = [.. Enumerable.Range(0, 100).Select(s => new CohortSchool { CohortId = "C00000", SchoolId = $"S{s:D5}" })], CreatedAt = epoch, UpdatedAt = epoch });
        for (var t = 0; t < 2_000; t++)
        {
            db.Add(new Teacher { Id = $"T{t:D5}", GivenName = "Given", FamilyName = $"Family {t}", Email = $"t{t}@example.org", SchoolId = $"S{t % 100:D5}", Languages = ["en"], CreatedAt = epoch, UpdatedAt = epoch });
            db.Add(new Candidate { Id = $"K{t:D5}", TeacherId = $"T{t:D5}", CohortId = "C00000", Stage = CandidateStage.Exhibiting, EnrolledAt = epoch, CreatedAt = epoch, UpdatedAt = epoch });
        }
        for (var e = 0; e < Exhibitions; e++)
        {
            var at = epoch.AddMinutes(e);
            db.Add(new Exhibition
            {
                Id = $"E{e:D6}",
                CandidateId = $"K{e % 2_000:D5}",
                Title = $"Exhibition {e}: talk, writing and thinking together",
                Abstract = "How structured talk before writing changes what pupils write, in three classrooms over a year.",
                Status = ExhibitionStatus.Published,
                Themes = ["oracy", "writing"],
                Languages = ["en"],
                PublishedAt = at,
                CreatedAt = at,
                UpdatedAt = at,
                Media =
                [
                    .. Enumerable.Range(0, 3).Select(m => new MediaItem
                    {
                        Id = $"M{e:D6}{m}", ExhibitionId = $"E{e:D6}", Position = m, Kind = (MediaKind)(m % 3), Caption = $"Item {m}",
                        AltText = "A classroom", Transcript = "Transcript", ConsentRecorded = true, CreatedAt = at,
                    }),
                ],
            });
        }
        await db.SaveChangesAsync();
    }
}
