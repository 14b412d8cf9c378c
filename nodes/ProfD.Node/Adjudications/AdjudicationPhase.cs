namespace ProfD.Node.Adjudications;

/// <summary>Where an adjudication stands; see <see cref="AdjudicationStateMachine"/>.</summary>
internal enum AdjudicationPhase
{
    /// <summary>The panel is formed; not every preliminary report is in.</summary>
    AwaitingReports,

    /// <summary>Every preliminary report is in; the panel writes its joint report.</summary>
    AwaitingJointReport,

    /// <summary>The panel asked for corrections; they are made in a new version and signed off.</summary>
    AwaitingCorrections,

    /// <summary>The recommendation is final (corrections signed off); the institution confirms the decision.</summary>
    AwaitingConfirmation,

    /// <summary>The institution confirmed the decision; nothing about the adjudication can change.</summary>
    Decided,
}
