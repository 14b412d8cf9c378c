using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Community;

/// <summary>The community's root fields, each acting for the signed-in person.</summary>
internal static class CommunityFields
{
    private const string ActingPersonHelp = "Who is acting: leave out for the signed-in person; any other ID is FORBIDDEN.";

    public static void AddCommunityQueries(this ObjectGraphType query)
    {
        Acting(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunitySpaceGraphType>>>, IReadOnlyList<SpaceView>>("communitySpaces").Allow(AccessRules.SignedInPerson)
            .Description("The spaces the acting person may read."))
            .ResolveWith<object?, IReadOnlyList<SpaceView>, CommunityService>((ctx, s) => s.SpacesAsync(ctx.ActingAs(), ctx.CancellationToken)!);
        Acting(query.Field<NonNullGraphType<CommunityThreadGraphType>, ThreadView>("communityThread").Allow(AccessRules.SignedInPerson).Argument<NonNullGraphType<IdGraphType>>("id"))
            .ResolveWith<object?, ThreadView, CommunityService>((ctx, s) => s.ThreadAsync(ctx.GetArgument<string>("id"), ctx.ActingAs(), ctx.CancellationToken)!);
        Acting(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlaggedPostGraphType>>>, IReadOnlyList<FlaggedPost>>("moderationQueue").Allow(AccessRules.SpaceFacilitator(AccessRules.SpaceArgument))
                .Description("Flagged posts of a space waiting for its facilitators, oldest flag first.")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId"))
            .ResolveWith<object?, IReadOnlyList<FlaggedPost>, CommunityService>((ctx, s) =>
                s.ModerationQueueAsync(ctx.GetArgument<string>("spaceId"), ctx.ActingAs(), ctx.CancellationToken)!);
    }

    public static void AddCommunityMutations(this ObjectGraphType mutation)
    {
        Acting(mutation.Field<NonNullGraphType<CommunitySpaceGraphType>, SpaceView>("createCommunitySpace").Allow(AccessRules.TrustAdmin)
                .Description("Opens a space with its facilitators (the trust's staff only).")
                .Argument<NonNullGraphType<SpaceInputGraphType>>("input"))
            .ResolveWith<object?, SpaceView, CommunityService>((ctx, s) => s.CreateSpaceAsync(ctx.ActingAs(), ctx.GetArgument<SpaceInput>("input"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunitySpaceGraphType>, SpaceView>("nameFacilitator").Allow(AccessRules.TrustAdmin)
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<IdGraphType>>("personId"))
            .ResolveWith<object?, SpaceView, CommunityService>((ctx, s) => s.NameFacilitatorAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("personId"), remove: false, ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunitySpaceGraphType>, SpaceView>("removeFacilitator").Allow(AccessRules.TrustAdmin)
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<IdGraphType>>("personId"))
            .ResolveWith<object?, SpaceView, CommunityService>((ctx, s) => s.NameFacilitatorAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("personId"), remove: true, ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunityThreadGraphType>, ThreadView>("startThread").Allow(AccessRules.SignedInPerson)
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<StringGraphType>>("title")
                .Argument<NonNullGraphType<StringGraphType>>("markdown", "The first post, in Markdown."))
            .ResolveWith<object?, ThreadView, CommunityService>((ctx, s) => s.StartThreadAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<string>("title"), ctx.GetArgument<string>("markdown"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunityPostGraphType>, PostView>("replyToThread").Allow(AccessRules.SignedInPerson)
                .Argument<NonNullGraphType<IdGraphType>>("threadId").Argument<NonNullGraphType<StringGraphType>>("markdown"))
            .ResolveWith<object?, PostView, CommunityService>((ctx, s) => s.ReplyAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("threadId"), ctx.GetArgument<string>("markdown"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<PostFlagGraphType>, PostFlag>("flagPost").Allow(AccessRules.SignedInPerson)
                .Description("Puts a post in its space's moderation queue.")
                .Argument<NonNullGraphType<IdGraphType>>("postId").Argument<NonNullGraphType<StringGraphType>>("reason"))
            .ResolveWith<object?, PostFlag, CommunityService>((ctx, s) => s.FlagAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("postId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<CommunityPostGraphType>, PostView>("resolveFlags").Allow(AccessRules.SpaceFacilitator(AccessRules.SpaceOfPostArgument))
                .Description("A facilitator closes a post's open flags: KEPT, or HIDDEN.")
                .Argument<NonNullGraphType<IdGraphType>>("postId").Argument<NonNullGraphType<FlagResolutionGraphType>>("resolution"))
            .ResolveWith<object?, PostView, CommunityService>((ctx, s) => s.ResolveFlagsAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("postId"), ctx.GetArgument<FlagResolution>("resolution"), ctx.CancellationToken)!);
        Acting(mutation.Field<NonNullGraphType<HotseatEventGraphType>, HotseatEvent>("scheduleHotseat").Allow(AccessRules.SpaceFacilitator(AccessRules.SpaceArgument))
                .Description("A facilitator schedules a guest to answer questions in a new thread during a window.")
                .Argument<NonNullGraphType<IdGraphType>>("spaceId").Argument<NonNullGraphType<HotseatInputGraphType>>("input"))
            .ResolveWith<object?, HotseatEvent, CommunityService>((ctx, s) => s.ScheduleHotseatAsync(ctx.ActingAs(),
                ctx.GetArgument<string>("spaceId"), ctx.GetArgument<HotseatInput>("input"), ctx.CancellationToken)!);
    }

    private static FieldBuilder<object?, T> Acting<T>(FieldBuilder<object?, T> field) =>
        field.Argument<IdGraphType>(ActingPersonArgument.Name, ActingPersonHelp);
}
