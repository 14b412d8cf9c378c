using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Community;

internal sealed class SpaceKindGraphType : EnumerationGraphType<SpaceKind>
{
    public SpaceKindGraphType()
    {
        Name = "SpaceKind";
        Description = "GLOBAL and THEME spaces are open to the whole programme; TRIANGLE and COHORT spaces to their people.";
    }
}

internal sealed class FlagResolutionGraphType : EnumerationGraphType<FlagResolution>
{
    public FlagResolutionGraphType()
    {
        Name = "FlagResolution";
        Description = "KEPT: the post stays; HIDDEN: only facilitators and its author see its text.";
    }
}

internal sealed class CommunitySpaceGraphType : ObjectGraphType<SpaceView>
{
    public CommunitySpaceGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "CommunitySpace";
        Description = "A space of the community of practice, as the acting person sees it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("CommunitySpace", ctx.Source.Space.Id));
        Field<NonNullGraphType<SpaceKindGraphType>>("kind").Resolve(ctx => ctx.Source.Space.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Space.Name);
        Field<StringGraphType>("description").Resolve(ctx => ctx.Source.Space.Description);
        Field<StringGraphType>("scope").Description("The triangle's or cohort's global ID, or the theme; null for GLOBAL.").Resolve(ctx => ctx.Source.Space.Scope);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("facilitatorIds").Resolve(ctx => ctx.Source.Facilitators);
        Field<NonNullGraphType<BooleanGraphType>>("youFacilitate").Resolve(ctx => ctx.Source.ViewerFacilitates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityThreadSummaryGraphType>>>>("threads")
            .Description("Threads, most recent activity first.").Resolve(ctx => ctx.Source.Threads);
    }
}

internal sealed class CommunityThreadSummaryGraphType : ObjectGraphType<CommunityThread>
{
    public CommunityThreadSummaryGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "CommunityThreadSummary";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("CommunityThread", ctx.Source.Id));
        Field(t => t.Title);
        Field<NonNullGraphType<IdGraphType>>("authorId").Resolve(ctx => ctx.Source.AuthorId);
        Field(t => t.CreatedAt);
        Field(t => t.LastPostAt);
        Field<NonNullGraphType<BooleanGraphType>>("isHotseat").Resolve(ctx => ctx.Source.HotseatId is not null);
    }
}

internal sealed class CommunityThreadGraphType : ObjectGraphType<ThreadView>
{
    public CommunityThreadGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "CommunityThread";
        Description = "A thread and its posts, as the acting person sees them.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("CommunityThread", ctx.Source.Thread.Id));
        Field<NonNullGraphType<IdGraphType>>("spaceId").Resolve(ctx => trust.GlobalIdOf("CommunitySpace", ctx.Source.Space.Id));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Thread.Title);
        Field<NonNullGraphType<IdGraphType>>("authorId").Resolve(ctx => ctx.Source.Thread.AuthorId);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(ctx => ctx.Source.Thread.CreatedAt);
        Field<HotseatEventGraphType>("hotseat").Resolve(ctx => ctx.Source.Hotseat);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityPostGraphType>>>>("posts").Description("Oldest first.").Resolve(ctx => ctx.Source.Posts);
    }
}

internal sealed class CommunityPostGraphType : ObjectGraphType<PostView>
{
    public CommunityPostGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "CommunityPost";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("CommunityPost", ctx.Source.Post.Id));
        Field<NonNullGraphType<IdGraphType>>("authorId").Resolve(ctx => ctx.Source.Post.AuthorId);
        Field<StringGraphType>("markdown").Description("What the author wrote; null when hidden from you.")
            .Resolve(ctx => ctx.Source.ShowText ? ctx.Source.Post.Markdown : null);
        Field<StringGraphType>("html").Description("The post rendered and sanitised; null when hidden from you.")
            .Resolve(ctx => ctx.Source.ShowText ? ctx.Source.Post.Html : null);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Resolve(ctx => ctx.Source.Post.HiddenAt is not null);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(ctx => ctx.Source.Post.CreatedAt);
    }
}

internal sealed class PostFlagGraphType : ObjectGraphType<PostFlag>
{
    public PostFlagGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "PostFlag";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("PostFlag", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("postId").Resolve(ctx => trust.GlobalIdOf("CommunityPost", ctx.Source.PostId));
        Field<NonNullGraphType<IdGraphType>>("flaggedBy").Resolve(ctx => ctx.Source.FlaggedBy);
        Field(f => f.Reason);
        Field(f => f.CreatedAt);
        Field(f => f.ResolvedAt, nullable: true);
        Field<FlagResolutionGraphType>("resolution").Resolve(ctx => ctx.Source.Resolution);
    }
}

internal sealed class FlaggedPostGraphType : ObjectGraphType<FlaggedPost>
{
    public FlaggedPostGraphType()
    {
        this.MarkPublic();
        Name = "FlaggedPost";
        Description = "A post waiting for a facilitator, with its open flags.";
        Field<NonNullGraphType<CommunityPostGraphType>>("post").Resolve(ctx => ctx.Source.Post);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostFlagGraphType>>>>("flags").Resolve(ctx => ctx.Source.Flags);
    }
}

internal sealed class HotseatEventGraphType : ObjectGraphType<HotseatEvent>
{
    public HotseatEventGraphType(TrustProfile trust)
    {
        this.MarkPublic();
        Name = "HotseatEvent";
        Description = "A guest answering questions in a thread during a time window.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => trust.GlobalIdOf("HotseatEvent", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("threadId").Resolve(ctx => trust.GlobalIdOf("CommunityThread", ctx.Source.ThreadId));
        Field<NonNullGraphType<IdGraphType>>("guestId").Resolve(ctx => ctx.Source.GuestId);
        Field(h => h.Title);
        Field(h => h.StartsAt);
        Field(h => h.EndsAt);
    }
}

internal sealed class SpaceInputGraphType : InputObjectGraphType<SpaceInput>
{
    public SpaceInputGraphType()
    {
        Name = "CommunitySpaceInput";
        Field<NonNullGraphType<SpaceKindGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<StringGraphType>("scope").Description("TRIANGLE: a triangle's ID; COHORT: a cohort's global ID; THEME: the theme; GLOBAL: none.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("facilitatorIds").Description("At least one person.");
    }
}

internal sealed class HotseatInputGraphType : InputObjectGraphType<HotseatInput>
{
    public HotseatInputGraphType()
    {
        Name = "HotseatInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<IdGraphType>>("guestId");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Description("After startsAt, at most 14 days later, not in the past.");
    }
}
