using GraphQL.Types;
using ProfD.Node.Access;
using ProfD.Node.Cohorts;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Teachers;

namespace ProfD.Node.Schools;

internal sealed class SchoolGraphType : ObjectGraphType<School>
{
    public SchoolGraphType(InstitutionProfile institution)
    {
        this.DeclareEntity("School", s => s.Id, institution);
        this.ShowTo(NodeAccess.Anyone);
        Description = "A school in the programme, at its home institution.";
        Field(s => s.Name);
        Field(s => s.Nation).Description("ISO 3166-1 alpha-2 code.");
        Field<NonNullGraphType<EconomyGraphType>>("economy").Resolve(ctx => ctx.Source.Economy);
        Field(s => s.City, nullable: true);
        Field(s => s.CreatedAt);
        Field(s => s.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeacherGraphType>>>, IReadOnlyList<Teacher>>("teachers")
            .Description("The school's teachers, oldest record first.")
            .LoadWith<School, IReadOnlyList<Teacher>, EntityLoader>((ctx, load) => load.ChildrenOf<Teacher>(t => t.SchoolId, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CohortGraphType>>>, IReadOnlyList<Cohort>>("cohorts")
            .Description("The cohorts the school takes part in.")
            .LoadWith<School, IReadOnlyList<Cohort>, EntityLoader>((ctx, load) => load.Linked<CohortSchool, Cohort>(l => l.SchoolId, l => l.CohortId, ctx.Source.Id));
    }
}
