using GraphQL.Types;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Schema.Loading;

namespace ProfD.Node.Changes;

internal sealed class ChangeGraphType : ObjectGraphType<ChangeRecord>
{
    public ChangeGraphType(InstitutionProfile institution)
    {
        Name = "Change";
        Description = "One change to what the node shows the public. The record fields give the entity's current public state, not its state at the time of the change.";
        Field<NonNullGraphType<LongGraphType>>("sequence")
            .Description("The change's number: increasing in the order changes were committed, never reused.")
            .Resolve(ctx => ctx.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass as 'after' to resume the feed after this change.")
            .Resolve(ctx => ChangeCursor.Encode(ctx.Source.Sequence));
        Field<NonNullGraphType<ChangeEntityTypeGraphType>>("entityType").Resolve(ctx => ctx.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("entityId")
            .Description("The global ID of the school, exhibition or teacher (a MENTOR's ID is a Teacher ID).")
            .Resolve(ctx => institution.GlobalIdOf(TypeNameOf(ctx.Source.EntityType), ctx.Source.EntityKey));
        Field<NonNullGraphType<ChangeOperationGraphType>>("operation").Resolve(ctx => ctx.Source.Operation);
        Field(c => c.ChangedAt).Description("When the change was made, by the node's clock. Order by sequence, not by this.");
        Field<SchoolGraphType, School>("school")
            .Description("The school as it is now; null for other entity types and for a deleted school.")
            .LoadWith<ChangeRecord, School, EntityLoader>((ctx, load) => ctx.Source.EntityType == ChangeEntityType.School
                ? load.ById<School>(ctx.Source.EntityKey)
                : new LoadedResult<School?>(null));
        Field<ExhibitionGraphType, Exhibition>("exhibition")
            .Description("The exhibition as it is now; null for other entity types and when it is no longer published.")
            .LoadWith<ChangeRecord, Exhibition, EntityLoader>((ctx, load) => ctx.Source.EntityType == ChangeEntityType.Exhibition
                ? load.ById<Exhibition>(ctx.Source.EntityKey).Then(e => e is not null && Visibilities.IsPublic(e) ? e : null)
                : new LoadedResult<Exhibition?>(null));
        Field<TeacherGraphType, Teacher>("mentor")
            .Description("The mentor's profile as it is now; null for other entity types and when the teacher no longer mentors.")
            .LoadWith<ChangeRecord, Teacher, EntityLoader>((ctx, load) => ctx.Source.EntityType == ChangeEntityType.Mentor
                ? load.ById<Teacher>(ctx.Source.EntityKey).Then(t => t is not null && Visibilities.IsPublicMentor(t) ? t : null)
                : new LoadedResult<Teacher?>(null));
    }

    public static string TypeNameOf(ChangeEntityType type) => type switch
    {
        ChangeEntityType.School => "School",
        ChangeEntityType.Exhibition => "Exhibition",
        _ => "Teacher",
    };
}
