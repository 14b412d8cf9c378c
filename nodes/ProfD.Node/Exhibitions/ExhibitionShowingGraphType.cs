using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionShowingGraphType : ObjectGraphType<ExhibitionShowing>
{
    public ExhibitionShowingGraphType(InstitutionProfile institution)
    {
        Name = "Showing";
        Description = "A face-to-face showing of an exhibition at a school.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID; its first segment names the home institution.")
            .Resolve(ctx => institution.GlobalIdOf("Showing", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("schoolId")
            .Description("The school's global ID; its first segment names its home institution, which may be another node.")
            .Resolve(ctx => ctx.Source.SchoolId);
        Field<SchoolGraphType, School>("school")
            .Description("The school. A node gives only its own schools (null for one at another node); the gateway fetches the others from their home node by schoolId.")
            .LoadWith<ExhibitionShowing, School, EntityLoader>((ctx, load) => load.Lookup<School>(ctx.Source.SchoolId, "School", "schoolId"));
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(ctx => ctx.Source.HeldOn);
        Field(s => s.Venue);
        Field<NonNullGraphType<ShowingAudienceGraphType>>("audience").Resolve(ctx => ctx.Source.Audience);
    }
}
