using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Federation;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Accreditation;

internal sealed class MentorAccreditationGraphType : ObjectGraphType<MentorAccreditation>
{
    public MentorAccreditationGraphType(TrustProfile trust, TimeProvider time)
    {
        this.MarkPublic();
        this.DeclareTrustEntity("MentorAccreditation", a => a.Id, trust);
        Description = "A teacher's accreditation as a mentor (\"research teacher\") after the trust's training.";
        Field<NonNullGraphType<IdGraphType>>("teacherId").Description("The teacher's global ID at their home node.").Resolve(ctx => ctx.Source.TeacherId);
        Field<TeacherGraphType>("teacher").Description("The teacher, resolved by their home node through the gateway.")
            .Resolve(ctx => new TeacherReference(ctx.Source.TeacherId));
        Field(a => a.HomeInstitution);
        Field(a => a.Course);
        Field(a => a.CompletedAt);
        Field(a => a.AccreditedFrom);
        Field(a => a.AccreditedUntil);
        Field(a => a.Themes).Description("The research themes the mentor is accredited to support.");
        Field<NonNullGraphType<AccreditationStatusGraphType>>("status")
            .Description("PENDING before accreditedFrom, ACTIVE, SUSPENDED, or LAPSED after accreditedUntil (worked out now).")
            .Resolve(ctx => ctx.Source.StatusAt(time.GetUtcNow().UtcDateTime));
        Field(a => a.SuspendedAt, nullable: true);
        Field(a => a.SuspensionReason, nullable: true);
        Field<MentorProfileGraphType, MentorProfile>("profile")
            .Description("The mentor's public profile, harvested from their node; null if the node shares none.")
            .LoadWith<MentorAccreditation, MentorProfile, AccreditationLoader>((ctx, load) => load.ProfileOf(ctx.Source.TeacherId));
    }
}

internal sealed class AccreditationStatusGraphType : EnumerationGraphType<AccreditationStatus>
{
    public AccreditationStatusGraphType()
    {
        Name = "AccreditationStatus";
        Description = "Where an accreditation stands today.";
    }
}

internal sealed class MentorProfileGraphType : ObjectGraphType<MentorProfile>
{
    public MentorProfileGraphType()
    {
        this.MarkPublic();
        Name = "MentorProfile";
        Description = "A mentor's public profile, harvested from their home node.";
        Field(p => p.DisplayName);
        Field(p => p.Languages);
        Field(p => p.Subjects);
        Field(p => p.Nation).Description("ISO 3166-1 alpha-2 code of the mentor's school.");
        Field<IdGraphType>("schoolId").Resolve(ctx => ctx.Source.SchoolId);
        Field(p => p.MentorCapacity, nullable: true).Description("How many more mentees the mentor can take.");
        Field(p => p.Bio, nullable: true);
        Field(p => p.HomeInstitution);
        Field(p => p.HarvestedAt);
    }
}

internal sealed class MentorGraphType : ObjectGraphType<MentorEntry>
{
    public MentorGraphType()
    {
        this.MarkPublic();
        Name = "Mentor";
        Description = "An accredited mentor in the directory.";
        Field<NonNullGraphType<IdGraphType>>("teacherId").Resolve(ctx => ctx.Source.Accreditation.TeacherId);
        Field(e => e.Name).Description("The display name from the mentor's profile, or the teacher's ID when their node shares no profile.");
        Field(e => e.Nation);
        Field(e => e.SpareCapacity).Description("How many more mentees the mentor can take (0 when unknown).");
        Field<NonNullGraphType<MentorAccreditationGraphType>>("accreditation").Resolve(ctx => ctx.Source.Accreditation);
        Field<MentorProfileGraphType>("profile").Resolve(ctx => ctx.Source.Profile);
    }
}

internal sealed class AccreditationInputGraphType : InputObjectGraphType<AccreditationInput>
{
    public AccreditationInputGraphType()
    {
        Name = "AccreditationInput";
        Description = "A mentor's accreditation after training.";
        Field<NonNullGraphType<IdGraphType>>("teacherId").Description("The teacher's global ID, at any registered institution.");
        Field<NonNullGraphType<StringGraphType>>("course").Description("The training course completed.");
        Field<NonNullGraphType<DateTimeGraphType>>("completedAt").Description("When the training was completed; not in the future.");
        Field<DateTimeGraphType>("accreditedFrom").Description("Not before completedAt; now if not given.");
        Field<NonNullGraphType<DateTimeGraphType>>("accreditedUntil").Description("After accreditedFrom, at most five years later.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("Research themes the mentor supports.");
    }
}

internal sealed class MentorWhereGraphType : InputObjectGraphType<MentorWhere>
{
    public MentorWhereGraphType()
    {
        Name = "MentorWhere";
        Description = "Conditions on the mentor directory; all given must hold.";
        Field<StringGraphType>("nation").Description("ISO 3166-1 alpha-2 code of the mentor's school (else institution).");
        Field<StringGraphType>("institution").Description("The code of the mentor's home institution.");
        Field<StringGraphType>("language").Description("A language the mentor works in, as stored (for example en).");
        Field<StringGraphType>("theme").Description("A theme the mentor is accredited for.");
        Field<IntGraphType>("minSpareCapacity").Description("At least this many places for mentees.");
        Field<StringGraphType>("search").Description("Text in the name, ignoring case.");
    }
}
