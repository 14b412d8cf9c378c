using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
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
        this.AddResearchMutations();
        this.AddExhibitionMutations();
        this.AddAdjudicationMutations();
        this.AddAwardMutations();
        this.AddMentorshipMutations();
        RootFieldRules.ApplyToMutation(this);
    }
}
