using ProfD.Node.Cohorts;

namespace ProfD.Node.Demo;

/// <summary>One demo cohort: intake year, label, stage and its schools, by index.</summary>
internal sealed record CohortSlot(int IntakeYear, string Label, CohortStage Stage, int[] Schools);
