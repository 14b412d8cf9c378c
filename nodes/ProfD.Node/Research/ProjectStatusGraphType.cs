using GraphQL.Types;

namespace ProfD.Node.Research;

internal sealed class ProjectStatusGraphType : EnumerationGraphType<ProjectStatus>
{
    public ProjectStatusGraphType()
    {
        Name = "ProjectStatus";
        Description = "DRAFT → ACTIVE → CONCLUDED.";
    }
}
