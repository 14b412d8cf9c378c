using ProfD.Schema.Errors;

namespace ProfD.Node.Adjudications;

/// <summary>
/// The adjudication's one path: every panel member reports (AWAITING_REPORTS), the panel agrees a joint report
/// (AWAITING_JOINT_REPORT), corrections if asked for are made and signed off (AWAITING_CORRECTIONS), and the institution
/// confirms (AWAITING_CONFIRMATION → DECIDED). Each step is allowed only in its phase; anything else is CONFLICT.
/// </summary>
internal static class AdjudicationStateMachine
{
    /// <summary>The phase of <paramref name="adjudication"/>, whose <see cref="Adjudication.Panel"/> is loaded.</summary>
    public static AdjudicationPhase PhaseOf(Adjudication adjudication, IReadOnlyList<AdjudicatorReport> panel)
    {
        if (adjudication.DecidedAt is not null) return AdjudicationPhase.Decided;
        if (adjudication.JointRecommendation is not { } joint)
            return panel.All(r => r.SubmittedAt is not null) ? AdjudicationPhase.AwaitingJointReport : AdjudicationPhase.AwaitingReports;
        return RequiresCorrections(joint) && adjudication.CorrectionsSignedOffAt is null
            ? AdjudicationPhase.AwaitingCorrections
            : AdjudicationPhase.AwaitingConfirmation;
    }

    public static AdjudicationPhase PhaseOf(Adjudication adjudication) => PhaseOf(adjudication, adjudication.Panel);

    /// <summary>Whether <paramref name="recommendation"/> asks for corrections (which carry a deadline and a sign-off).</summary>
    public static bool RequiresCorrections(Recommendation recommendation) =>
        recommendation is Recommendation.MinorCorrections or Recommendation.MajorCorrections;

    /// <exception cref="ConflictException"><paramref name="adjudication"/> is not in <paramref name="phase"/>.</exception>
    public static void Ensure(Adjudication adjudication, AdjudicationPhase phase, string action)
    {
        var actual = PhaseOf(adjudication);
        if (actual == phase) return;
        var why = actual switch
        {
            AdjudicationPhase.Decided => "the decision has been confirmed and can no longer change",
            AdjudicationPhase.AwaitingReports => "not every panel member has submitted their preliminary report",
            AdjudicationPhase.AwaitingJointReport => "the panel has not yet agreed its joint report",
            AdjudicationPhase.AwaitingCorrections => "the corrections the panel asked for have not been signed off",
            _ => "the panel's recommendation is final and awaits the institution's confirmation",
        };
        throw new ConflictException($"Cannot {action}: {why} (the adjudication is {Name(actual)}).");
    }

    /// <summary>A corrected version counts only if it is submitted by the deadline the joint report set.</summary>
    /// <exception cref="ConflictException"><paramref name="now"/> is past <see cref="Adjudication.CorrectionsDeadline"/>.</exception>
    public static void EnsureWithinCorrectionsDeadline(Adjudication adjudication, DateTime now)
    {
        if (adjudication.CorrectionsDeadline is { } deadline && now > deadline)
            throw new ConflictException($"The corrections were due by {deadline:yyyy-MM-dd HH:mm} UTC (the joint report's correctionsDeadline); "
                + "a corrected version can no longer be submitted.");
    }

    /// <summary>What confirming decides: PASS for a pass or signed-off corrections, else the recommendation.</summary>
    public static Recommendation FinalDecisionOf(Adjudication adjudication) =>
        adjudication.JointRecommendation is { } joint && RequiresCorrections(joint) ? Recommendation.Pass : adjudication.JointRecommendation!.Value;

    public static string Name(AdjudicationPhase phase) => phase switch
    {
        AdjudicationPhase.AwaitingReports => "AWAITING_REPORTS",
        AdjudicationPhase.AwaitingJointReport => "AWAITING_JOINT_REPORT",
        AdjudicationPhase.AwaitingCorrections => "AWAITING_CORRECTIONS",
        AdjudicationPhase.AwaitingConfirmation => "AWAITING_CONFIRMATION",
        _ => "DECIDED",
    };
}
