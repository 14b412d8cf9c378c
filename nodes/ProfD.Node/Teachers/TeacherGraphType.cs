using GraphQL.Types;
using ProfD.Node.Candidates;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;

namespace ProfD.Node.Teachers;

internal sealed class TeacherGraphType : ObjectGraphType<Teacher>
{
    public TeacherGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("Teacher", t => t.Id, institution);
        Description = "A teacher at one of the institution's schools: a candidate, a mentor, or both. Contact details stay at the node.";
        Field(t => t.GivenName);
        Field(t => t.FamilyName);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(ctx => $"{ctx.Source.GivenName} {ctx.Source.FamilyName}");
        Field(t => t.Languages);
        Field(t => t.Subjects);
        Field(t => t.CreatedAt);
        Field(t => t.UpdatedAt);
        Field<SchoolGraphType, School>("school")
            .LoadWith<Teacher, School, EntityLoader>((ctx, load) => load.ById<School>(ctx.Source.SchoolId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateGraphType>>>, IReadOnlyList<Candidate>>("candidacies")
            .Description("The teacher's enrolments as a candidate.")
            .LoadWith<Teacher, IReadOnlyList<Candidate>, EntityLoader>((ctx, load) => load.ChildrenOf<Candidate>(c => c.TeacherId, ctx.Source.Id));
    }
}
