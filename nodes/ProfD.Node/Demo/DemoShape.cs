using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Demo;

/// <summary>
/// The shape every demo node shares: how many schools and teachers, which cohorts, and each candidate's stage and
/// exhibition. Only names and research topics differ between nodes, so one node can name another node's demo records
/// by index (see <see cref="DemoData.KeyOf"/>) and know what they are. Every step of the journey is there: a fresh
/// draft, a draft back for resubmission, a submission, a panel still reporting, a panel writing its joint report, major
/// corrections under way, a pass awaiting the institution's confirmation, adjudged with an award, adjudged as a fail,
/// published, withdrawn, and an award later revoked.
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
        (0, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.Pass, AdjudicationPhase.Decided, 2024),
        (0, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.MinorCorrections, AdjudicationPhase.Decided, 2024),
        (0, CandidateStage.Withdrawn, null, null, null, 0),
        (0, CandidateStage.Awarded, ExhibitionStatus.Withdrawn, Recommendation.Pass, AdjudicationPhase.Decided, 2024),
        (0, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.MinorCorrections, AdjudicationPhase.Decided, 2024),
        (1, CandidateStage.Awarded, ExhibitionStatus.Published, Recommendation.Pass, AdjudicationPhase.Decided, 2025),
        (1, CandidateStage.Awarded, ExhibitionStatus.Adjudged, Recommendation.MinorCorrections, AdjudicationPhase.Decided, 2025),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.UnderAdjudication, null, AdjudicationPhase.AwaitingReports, 2026),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.Submitted, null, null, 2026),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.Draft, Recommendation.Resubmit, AdjudicationPhase.Decided, 2026),
        (1, CandidateStage.Withdrawn, ExhibitionStatus.Adjudged, Recommendation.Fail, AdjudicationPhase.Decided, 2025),
        (2, CandidateStage.Researching, null, null, null, 0),
        (2, CandidateStage.Researching, ExhibitionStatus.Draft, null, null, 2026),
        (2, CandidateStage.Exhibiting, ExhibitionStatus.UnderAdjudication, Recommendation.MajorCorrections, AdjudicationPhase.AwaitingCorrections, 2026),
        (2, CandidateStage.Researching, null, null, null, 0),
        (2, CandidateStage.Researching, null, null, null, 0),
        (3, CandidateStage.Researching, null, null, null, 0),
        (3, CandidateStage.Enrolled, null, null, null, 0),
        (4, CandidateStage.Enrolled, null, null, null, 0),
        (4, CandidateStage.Enrolled, null, null, null, 0),
        (4, CandidateStage.Enrolled, null, null, null, 0),
        // Added after the rest so the candidates above keep their teachers: the two phases between reports and decision.
        (1, CandidateStage.Exhibiting, ExhibitionStatus.UnderAdjudication, null, AdjudicationPhase.AwaitingJointReport, 2026),
        (1, CandidateStage.Exhibiting, ExhibitionStatus.UnderAdjudication, Recommendation.Pass, AdjudicationPhase.AwaitingConfirmation, 2026),
    ]);

    /// <summary>
    /// The candidate whose award the institution later revoked, so a credential that verifies as REVOKED can be seen:
    /// awarded after minor corrections, never published.
    /// </summary>
    public const int RevokedAward = 6;

    /// <summary>Teachers who are never candidates: the pool mentors and adjudicators come from.</summary>
    public static IReadOnlyList<int> Seniors { get; } =
        Enumerable.Range(0, TeacherCount).Where(t => Candidates.All(c => c.Teacher != t)).ToArray();

    /// <summary>The school of teacher <paramref name="teacher"/>: teachers are dealt to schools in turn.</summary>
    public static int SchoolOf(int teacher) => teacher % SchoolCount;

    private static CandidateSlot[] Allocate(
        (int Cohort, CandidateStage Stage, ExhibitionStatus? Exhibition, Recommendation? Outcome, AdjudicationPhase? Phase, int ExhibitionYear)[] slots)
    {
        // Each candidate is the next unused teacher of one of the cohort's schools, taken in turn.
        var nextRank = new int[SchoolCount];
        var inCohort = new int[Cohorts.Count];
        var result = new CandidateSlot[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var (cohort, stage, exhibition, outcome, phase, year) = slots[i];
            var schools = Cohorts[cohort].Schools;
            var school = schools[inCohort[cohort]++ % schools.Length];
            var teacher = school + SchoolCount * nextRank[school]++;
            if (teacher >= TeacherCount) throw new InvalidOperationException($"School {school} has too few demo teachers.");
            result[i] = new CandidateSlot(i, cohort, stage, exhibition, outcome, phase, year, school, teacher);
            // The recommendation is the joint report's, so it is there exactly when the panel has agreed one.
            if (result[i].HasJointReport != (outcome is not null))
                throw new InvalidOperationException($"Demo candidate {i}: a {phase} adjudication and a recommendation of {outcome} do not go together.");
        }
        return result;
    }
}
