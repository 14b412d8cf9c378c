using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Demo;

/// <summary>
/// The shape every demo node shares: how many schools and teachers, which cohorts, and each candidate's stage and
/// exhibition. Only names and research topics differ between nodes, so one node can name another node's demo records
/// by index (see <see cref="DemoData.KeyOf"/>) and know what they are. Every step of the journey is there: a fresh
/// draft, a draft back for resubmission, a submission, a panel still reporting, major corrections under way, adjudged
/// with an award, adjudged as a fail, published, and withdrawn.
/// </summary>
internal static class DemoShape
{
    public const int SchoolCount = 6;
    public const int TeacherCount = 40;

    public static IReadOnlyList<CohortSlot> Cohorts { get; } =
    [
        new(2022, "September 2022 intake", CohortStage.Completed, [0, 1, 5]),
        new(2023, "September 2023 intake", CohortStage.Exhibiting, [1, 2]),
        new(2024, "September 2024 intake", CohortStage.Researching, [0, 3, 4]),
        new(2025, "January 2025 intake", CohortStage.Researching, [3, 5]),
        new(2025, "September 2025 intake", CohortStage.Forming, [2]),
    ];

    public static IReadOnlyList<CandidateSlot> Candidates { get; } = Allocate(
    [
        (0, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.Pass, 2024),
        (0, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.MinorCorrections, 2024),
        (0, CandidateStage.Withdrawn, null, null, 0),
        (0, CandidateStage.Awarded, ExhibitionStatus.Withdrawn, Recommendation.Pass, 2024),
        (0, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.MinorCorrections, 2024),
        (1, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.Pass, 2025),
        (1, CandidateStage.Awarded, ExhibitionStatus.Adjudged, Recommendation.MinorCorrections, 2025),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.UnderAdjudication, null, 2026),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.Submitted, null, 2026),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.Draft, Recommendation.Resubmit, 2026),
        (1, CandidateStage.Withdrawn, ExhibitionStatus.Adjudged, Recommendation.Fail, 2025),
        (2, CandidateStage.Researching, null, null, 0),
        (2, CandidateStage.Researching, ExhibitionStatus.Draft, null, 2026),
        (2, CandidateStage.Exhibiting, ExhibitionStatus.UnderAdjudication, Recommendation.MajorCorrections, 2026),
        (2, CandidateStage.Researching, null, null, 0),
        (2, CandidateStage.Researching, null, null, 0),
        (3, CandidateStage.Researching, null, null, 0),
        (3, CandidateStage.Enrolled, null, null, 0),
        (4, CandidateStage.Enrolled, null, null, 0),
        (4, CandidateStage.Enrolled, null, null, 0),
        (4, CandidateStage.Enrolled, null, null, 0),
    ]);

    /// <summary>Teachers who are never candidates: the pool mentors and adjudicators come from.</summary>
    public static IReadOnlyList<int> Seniors { get; } =
        Enumerable.Range(0, TeacherCount).Where(t => Candidates.All(c => c.Teacher != t)).ToArray();

    /// <summary>The school of teacher <paramref name="teacher"/>: teachers are dealt to schools in turn.</summary>
    public static int SchoolOf(int teacher) => teacher % SchoolCount;

    private static CandidateSlot[] Allocate((int Cohort, CandidateStage Stage, ExhibitionStatus? Exhibition, Recommendation? Outcome, int ExhibitionYear)[] slots)
    {
        // Each candidate is the next unused teacher of one of the cohort's schools, taken in turn.
        var nextRank = new int[SchoolCount];
        var inCohort = new int[Cohorts.Count];
        var result = new CandidateSlot[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var (cohort, stage, exhibition, outcome, year) = slots[i];
            var schools = Cohorts[cohort].Schools;
            var school = schools[inCohort[cohort]++ % schools.Length];
            var teacher = school + SchoolCount * nextRank[school]++;
            if (teacher >= TeacherCount) throw new InvalidOperationException($"School {school} has too few demo teachers.");
            result[i] = new CandidateSlot(i, cohort, stage, exhibition, outcome, year, school, teacher);
        }
        return result;
    }
}
