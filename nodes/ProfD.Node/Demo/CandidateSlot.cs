using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Demo;

/// <summary>One demo candidate: cohort, stage, exhibition (and its adjudication's outcome), school and teacher, by index.</summary>
internal sealed record CandidateSlot(
    int Index,
    int Cohort,
    CandidateStage Stage,
    ExhibitionStatus? Exhibition,
    Recommendation? Outcome,
    int ExhibitionYear,
    int School,
    int Teacher)
{
    public bool HasConcludedResearch => Stage is CandidateStage.Exhibiting or CandidateStage.Awarded;
    public bool IsPublished => Exhibition is ExhibitionStatus.Published;
}
