using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Federation;

/// <summary>The trust's part of a node's Teacher: their mentor accreditation.</summary>
internal sealed class TeacherGraphType : ObjectGraphType<TeacherReference>
{
    public TeacherGraphType()
    {
        this.MarkPublic();
        Name = "Teacher";
        Description = "A teacher at their home node; the trust adds their mentor accreditation.";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<MentorAccreditationGraphType, MentorAccreditation>("mentorAccreditation")
            .Description("The teacher's latest accreditation as a mentor; null if never accredited.")
            .LoadWith<TeacherReference, MentorAccreditation, AccreditationLoader>((ctx, load) => load.LatestOf(ctx.Source.Id));
        this.ResolveReference<EntityReference, TeacherReference>((_, reference) => new TeacherReference(reference.Id));
    }
}
