using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Community;

/// <summary>The community's root fields. Every one names the acting person until the login hub exists.</summary>
internal static class CommunityFields
{
    private const string ActingPersonHelp = "Who is acting: a Teacher's global ID at an active institution, or a Person at the trust. The login will replace this.";

    public static void AddCommunityQueries(this ObjectGraphType query)
    {
        Acting(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunitySpaceGraphType>>>, IReadOnlyList<SpaceView>>("communitySpaces")
            .Description("The spaces the acting person may read."))
            .ResolveWith<object?, IReadOnlyList<SpaceView>, CommunityService>((ctx, s) => s.SpacesAsync(ctx.GetArgument<string>("actingPerson"), ctx.CancellationToken)!);
        Acting(query.Field<NonNullGraphType<CommunityThreadGraphType>, ThreadView>("communityThread").Argument<NonNullGraphType<IdGraphType>>("id"))
            .ResolveWith<object?, ThreadView, CommunityService>((ctx, s) => s.ThreadAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<string>("actingPerson"), ctx.CancellationToken)!);
        Acting(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlaggedPostGraphType>>>, IReadOnlyList<FlaggedPost>>("moderationQueue")
                .Description("Flagged posts of a space waiting for its facilitators, oldest flag first.")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId"))
            .ResolveWith<object?, IReadOnlyList<FlaggedPost>, CommunityService>((ctx, s) =>
                s.ModerationQueueAsync(ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("actingPerson"), ctx.CancellationToken)!);
    }

    public static void AddCommunityMutations(this ObjectGraphType mutation)
    {
        Acting(mutation.Field<NonNullGraphType<CommunitySpaceGraphType>, SpaceView>("createCommunitySpace")
                .Description("Opens a space with its facilitators (the trust's staff only).")
                .Argument<NonNullGraphType<SpaceInputGraphType>>("input"))
            .ResolveWith<object?, SpaceView, CommunityService>((ctx, s) => s.CreateSpaceAsync(ctx.GetArgument<string>("actingPerson"), ctx.GetArgument<SpaceInput>("input"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunitySpaceGraphType>, SpaceView>("nameFacilitator")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<IdGraphType>>("personId"))
            .ResolveWith<object?, SpaceView, CommunityService>((ctx, s) => s.NameFacilitatorAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("personId"), remove: false, ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunitySpaceGraphType>, SpaceView>("removeFacilitator")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<IdGraphType>>("personId"))
            .ResolveWith<object?, SpaceView, CommunityService>((ctx, s) => s.NameFacilitatorAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("personId"), remove: true, ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunityThreadGraphType>, ThreadView>("startThread")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<StringGraphType>>("title")
                .Argument<NonNullGraphType<StringGraphType>>("markdown", "The first post, in Markdown."))
            .ResolveWith<object?, ThreadView, CommunityService>((ctx, s) => s.StartThreadAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("title"), ctx.GetArgument<string>("markdown"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunityPostGraphType>, PostView>("replyToThread")
                .Argument<NonNullGraphType<IdGraphType>>("threadId").Argument<NonNullGraphType<StringGraphType>>("markdown"))
            .ResolveWith<object?, PostView, CommunityService>((ctx, s) => s.ReplyAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("threadId"), ctx.GetArgument<string>("markdown"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<PostFlagGraphType>, PostFlag>("flagPost")
                .Description("Puts a post in its space's moderation queue.")
                .Argument<NonNullGraphType<IdGraphType>>("postId").Argument<NonNullGraphType<StringGraphType>>("reason"))
            .ResolveWith<object?, PostFlag, CommunityService>((ctx, s) => s.FlagAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("postId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunityPostGraphType>, PostView>("resolveFlags")
                .Description("A facilitator closes a post's open flags: KEPT, or HIDDEN.")
                .Argument<NonNullGraphType<IdGraphType>>("postId").Argument<NonNullGraphType<FlagResolutionGraphType>>("resolution"))
            .ResolveWith<object?, PostView, CommunityService>((ctx, s) => s.ResolveFlagsAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("postId"), ctx.GetArgument<FlagResolution>("resolution"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<HotseatEventGraphType>, HotseatEvent>("scheduleHotseat")
                .Description("A facilitator schedules a guest to answer questions in a new thread during a window.")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<HotseatInputGraphType>>("input"))
            .ResolveWith<object?, HotseatEvent, CommunityService>((ctx, s) => s.ScheduleHotseatAsync(ctx.GetArgument<string>("actingPerson"),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<HotseatInput>("input"), ctx.CancellationToken)!);
    }

    private static FieldBuilder<object?, T> Acting<T>(FieldBuilder<object?, T> field) =>
        field.Argument<NonNullGraphType<IdGraphType>>("actingPerson", ActingPersonHelp);
}
