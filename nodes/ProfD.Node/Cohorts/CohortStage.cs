namespace ProfD.Node.Cohorts;

internal enum CohortStage
{
    Forming,
    Researching,
    Exhibiting,
    Completed,
}
