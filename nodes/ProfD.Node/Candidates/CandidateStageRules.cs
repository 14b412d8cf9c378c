using ProfD.Schema.Errors;

namespace ProfD.Node.Candidates;

/// <summary>The moves a candidate's stage may make by enrolment update; AWARDED only comes with an award.</summary>
internal static class CandidateStageRules
{
    private static readonly Dictionary<CandidateStage, CandidateStage[]> Allowed = new()
    {
        [CandidateStage.Enrolled] = [CandidateStage.Researching, CandidateStage.Withdrawn],
        [CandidateStage.Researching] = [CandidateStage.Exhibiting, CandidateStage.Withdrawn],
        [CandidateStage.Exhibiting] = [CandidateStage.Withdrawn],
        [CandidateStage.Awarded] = [],
        [CandidateStage.Withdrawn] = [],
    };

    public static void EnsureCanMove(CandidateStage from, CandidateStage to)
    {
        if (from == to) return;
        if (to == CandidateStage.Awarded)
            throw new ConflictException("A candidate becomes AWARDED only when an award is confirmed.", "input.stage");
        if (!Allowed[from].Contains(to))
            throw new ConflictException($"A candidate cannot move from {Name(from)} to {Name(to)}.", "input.stage");
    }

    public static bool IsActive(CandidateStage stage) => stage is not (CandidateStage.Awarded or CandidateStage.Withdrawn);

    /// <summary>Refuses a step of the journey for a candidate whose candidacy is over; <paramref name="refused"/> says what cannot happen.</summary>
    /// <exception cref="ConflictException">The candidate is AWARDED or WITHDRAWN.</exception>
    public static void EnsureActive(CandidateStage stage, string refused)
    {
        if (!IsActive(stage))
            throw new ConflictException($"The candidate is {Name(stage)}: {refused}.");
    }

    private static string Name(CandidateStage stage) => stage.ToString().ToUpperInvariant();
}
