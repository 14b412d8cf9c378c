namespace ProfD.Node.Research;

internal enum ProjectStatus
{
    Draft,
    Active,
    Concluded,
}
