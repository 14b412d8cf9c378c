using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Demo;

/// <summary>
/// One demo candidate: cohort, stage, exhibition (with its panel's recommendation and where its adjudication stands),
/// school and teacher, by index.
/// </summary>
internal sealed record CandidateSlot(
    int Index,
    int Cohort,
    CandidateStage Stage,
    ExhibitionStatus? Exhibition,
    Recommendation? Outcome,
    AdjudicationPhase? Phase,
    int ExhibitionYear,
    int School,
    int Teacher)
{
    public bool HasConcludedResearch => Stage is CandidateStage.Exhibiting or CandidateStage.Awarded;
    public bool IsPublished => Exhibition is ExhibitionStatus.Published;

    /// <summary>A draft that has never been submitted (as opposed to one back for resubmission).</summary>
    public bool IsFreshDraft => Exhibition is ExhibitionStatus.Draft && Outcome is null;

    /// <summary>Whether a panel has examined (or is examining) the exhibition.</summary>
    public bool IsAdjudicated => Phase is not null;

    /// <summary>Whether the institution has confirmed the panel's decision.</summary>
    public bool IsDecided => Phase is AdjudicationPhase.Decided;

    /// <summary>Whether the panel has agreed its joint report (its <see cref="Outcome"/>).</summary>
    public bool HasJointReport => Phase is AdjudicationPhase.AwaitingCorrections or AdjudicationPhase.AwaitingConfirmation or AdjudicationPhase.Decided;
}
