using GraphQL.Types;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Graph;

/// <summary>The node's root mutation: each feature adds its own.</summary>
internal sealed class NodeMutation : ObjectGraphType
{
    public NodeMutation()
    {
        Name = "Mutation";
        this.AddSchoolMutations();
        this.AddTeacherMutations();
        this.AddCohortMutations();
        this.AddCandidateMutations();
    }
}
