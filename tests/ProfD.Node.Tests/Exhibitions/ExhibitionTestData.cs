using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>
/// Candidates (from <see cref="TestData.SeedTreeAsync"/>) each with one exhibition and what hangs off it, varied by the
/// candidate's index so that every filter, order and nullable field has rows on both sides.
/// </summary>
internal static class ExhibitionTestData
{
    public static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Words = ["Talk", "Maths", "Reading", "Play", "Science", "Oracy", "Art"];

    /// <summary>The exhibitions written, in index order; <c>E{prefix}{i:D5}</c> belongs to candidate <c>K{prefix}{i:D5}</c>.</summary>
    /// <remarks>
    /// For index i: status is (ExhibitionStatus)(i % 6); no project when i % 3 == 2; themes [oracy, writing] when
    /// i % 3 == 0, else [inclusion]; languages [en, sw] when i % 4 == 0, else [en]; "Writing" in the abstract when
    /// i % 4 == 0; created on day i % 5 (ties on purpose). Each has media at positions 2, 0, 1 (stored in that order)
    /// and versions 2 then 1. From UNDER_ADJUDICATION on there is an adjudication of version 1 with a two-seat panel,
    /// one report in; ADJUDGED and later have an award (revoked when WITHDRAWN; PUBLISHED also has an older revoked
    /// one). Every candidate has an open-ended mentorship; even indexes also an ended one.
    /// </remarks>
    public static async Task<IReadOnlyList<Exhibition>> SeedAsync(NodeDbContext db, string institution, int count, string prefix = "T")
    {
        await TestData.SeedTreeAsync(db, count, prefix);
        var exhibitions = new List<Exhibition>();
        for (var i = 0; i < count; i++)
        {
            var key = $"{prefix}{i:D5}";
            var status = (ExhibitionStatus)(i % 6);
            var exhibition = new Exhibition
            {
                Id = $"E{key}",
                CandidateId = $"K{key}",
                ProjectId = i % 3 == 2 ? null : $"R{key}",
                Title = $"{Words[i % Words.Length]} {key}",
                Abstract = i % 4 == 0 ? "How talk partners changed Writing in year 5." : "A study of classroom practice.",
                Status = status,
                CurrentVersion = 2,
                Themes = i % 3 == 0 ? ["oracy", "writing"] : ["inclusion"],
                Languages = i % 4 == 0 ? ["en", "sw"] : ["en"],
                PublishedAt = status is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn ? Epoch.AddDays(60) : null,
                CreatedAt = Epoch.AddDays(i % 5),
                UpdatedAt = Epoch.AddHours(10 + (i * 7) % count),
            };
            db.Add(exhibition);
            exhibitions.Add(exhibition);

            db.Add(new MediaItem { Id = $"M{key}A", ExhibitionId = exhibition.Id, Position = 2, Kind = MediaKind.Video, Caption = "Caption 2", AltText = "Pupils talking in pairs", Transcript = "We talked first.", DurationSeconds = 93.5, SizeBytes = 5_000_000_000, Sha256 = new string('a', 64), Url = $"https://media.example.org/{key}.mp4", ShowsPupils = true, ConsentRecorded = true, CreatedAt = Epoch });
            db.Add(new MediaItem { Id = $"M{key}B", ExhibitionId = exhibition.Id, Position = 0, Kind = MediaKind.Image, Caption = "Caption 0", CreatedAt = Epoch });
            db.Add(new MediaItem { Id = $"M{key}C", ExhibitionId = exhibition.Id, Position = 1, Kind = MediaKind.Text, Caption = "Caption 1", CreatedAt = Epoch });
            db.Add(new ExhibitionVersion { Id = $"X{key}A", ExhibitionId = exhibition.Id, Number = 2, Content = "{\"secret\":true}", CreatedAt = Epoch.AddDays(20) });
            db.Add(new ExhibitionVersion { Id = $"X{key}B", ExhibitionId = exhibition.Id, Number = 1, Content = "{}", CreatedAt = Epoch.AddDays(1), SubmittedAt = Epoch.AddDays(10) });

            if (status >= ExhibitionStatus.UnderAdjudication)
            {
                var decided = status >= ExhibitionStatus.Adjudged;
                db.Add(new Adjudication
                {
                    Id = $"A{key}",
                    ExhibitionId = exhibition.Id,
                    ExhibitionVersion = 1,
                    JointRecommendation = decided ? Recommendation.MinorCorrections : null,
                    JointReport = "The joint report.",
                    CorrectionsDeadline = decided ? Epoch.AddDays(50) : null,
                    CorrectionsSignedOffAt = decided ? Epoch.AddDays(45) : null,
                    FinalDecision = decided ? Recommendation.Pass : null,
                    DecidedAt = decided ? Epoch.AddDays(46) : null,
                    CreatedAt = Epoch.AddDays(11),
                    UpdatedAt = Epoch.AddDays(46),
                    Panel =
                    [
                        new AdjudicatorReport { Id = $"J{key}A", AdjudicationId = $"A{key}", AdjudicatorId = "othernode:Teacher:ADJ1", Report = "A private report.", Recommendation = Recommendation.Pass, SubmittedAt = Epoch.AddDays(20) },
                        new AdjudicatorReport { Id = $"J{key}B", AdjudicationId = $"A{key}", AdjudicatorId = $"{institution}:Teacher:ADJ2" },
                    ],
                });
            }
            if (status >= ExhibitionStatus.Adjudged)
            {
                var withdrawn = status == ExhibitionStatus.Withdrawn;
                db.Add(new Award
                {
                    Id = $"W{key}B",
                    CandidateId = exhibition.CandidateId,
                    ExhibitionId = exhibition.Id,
                    Title = "Prof.D",
                    AwardedAt = Epoch.AddDays(47),
                    RevokedAt = withdrawn ? Epoch.AddDays(90) : null,
                    RevocationReason = withdrawn ? "Withdrawn at the candidate's request." : null,
                });
                if (status == ExhibitionStatus.Published)
                {
                    // Later than the standing award, and revoked: the standing one is still the candidate's award.
                    db.Add(new Award { Id = $"W{key}C", CandidateId = exhibition.CandidateId, ExhibitionId = exhibition.Id, Title = "Prof.D", AwardedAt = Epoch.AddDays(48), RevokedAt = Epoch.AddDays(49), RevocationReason = "Issued twice." });
                }
            }

            db.Add(new Mentorship { Id = $"N{key}A", CandidateId = exhibition.CandidateId, MentorId = $"othernode:Teacher:MENTOR{i % 3}", StartedAt = Epoch });
            if (i % 2 == 0)
                db.Add(new Mentorship { Id = $"N{key}B", CandidateId = exhibition.CandidateId, MentorId = $"{institution}:Teacher:P{key}", StartedAt = Epoch, EndedAt = Epoch.AddDays(90) });
        }
        await db.SaveChangesAsync();
        return exhibitions;
    }
}
