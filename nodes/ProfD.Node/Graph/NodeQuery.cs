using GraphQL;
using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Changes;
using ProfD.Node.Cohorts;
using ProfD.Node.Credentials;
using ProfD.Node.Exhibitions;
using ProfD.Node.Institution;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Graph;

/// <summary>The node's root query: the institution, node(id:), and each feature's lookups and lists.</summary>
internal sealed class NodeQuery : ObjectGraphType
{
    public NodeQuery(InstitutionProfile institution)
    {
        Name = "Query";
        Field<NonNullGraphType<InstitutionGraphType>>("institution")
            .Description("The institution this node belongs to.")
            .Resolve(_ => institution);
        Field<NodeInterfaceGraphType>("node")
            .Description("Anything held here by its global ID; null if this node holds nothing with that ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID.")
            .Resolve(new GraphQL.Resolvers.FuncFieldResolver<object, object?>(ctx =>
                ctx.RequestServices!.GetRequiredService<NodeLookup>().Find(ctx.GetArgument<string>("id"))));
        this.AddSchoolQueries();
        this.AddTeacherQueries();
        this.AddCohortQueries();
        this.AddCandidateQueries();
        this.AddResearchQueries();
        this.AddExhibitionQueries();
        this.AddAdjudicationQueries();
        this.AddAwardQueries();
        this.AddMentorshipQueries();
        this.AddChangeFeedQueries();
        this.AddCredentialQueries();
        RootFieldRules.ApplyToQuery(this);
    }
}
