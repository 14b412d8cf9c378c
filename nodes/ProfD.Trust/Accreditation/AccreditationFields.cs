using GraphQL;
using GraphQL.Types;
using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;

namespace ProfD.Trust.Accreditation;

internal static class AccreditationFields
{
    public static void AddAccreditationQueries(this ObjectGraphType query)
    {
        query.LookupField<MentorAccreditationGraphType, MentorAccreditation>("mentorAccreditation", "A mentor accreditation by ID.").Allow(AccessRules.Anyone)
            .LoadWith<object?, MentorAccreditation, EntityLoader>((ctx, load) => load.Lookup<MentorAccreditation>(ctx.GetArgument<string>("id"), "MentorAccreditation"));
        query.Field<NonNullGraphType<ConnectionGraphType<MentorAccreditationGraphType, MentorAccreditation>>, Connection<MentorAccreditation>>("mentorAccreditations").Allow(AccessRules.Anyone)
            .Description("Every accreditation, in any status.")
            .Argument<IdGraphType>("teacherId", "Only this teacher's.")
            .Argument<IntGraphType>("first", $"How many rows: 0 to {PageRequest.MaxPageSize}, default {PageRequest.DefaultPageSize}.")
            .Argument<StringGraphType>("after", "Resume after this cursor.")
            .Argument<ListGraphType<NonNullGraphType<OrderByGraphType<MentorAccreditationOrderFieldGraphType>>>>("orderBy", "Sort fields in priority order; ties are broken by id.")
            .ResolveWith<object?, Connection<MentorAccreditation>, AccreditationService>((ctx, s) =>
                s.ListAsync(ctx.GetArgument<string?>("teacherId"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
        query.ConnectionField<MentorGraphType, MentorEntry, MentorWhereGraphType, MentorOrderFieldGraphType>(
                "mentors", "The directory of accredited (ACTIVE) mentors, with their harvested public profiles.").Allow(AccessRules.Anyone)
            .ResolveWith<object?, Connection<MentorEntry>, AccreditationService>((ctx, s) =>
                s.DirectoryAsync(ctx.GetArgument<MentorWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddAccreditationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MentorAccreditationGraphType>, MentorAccreditation>("accreditMentor").Allow(AccessRules.TrustAdmin)
            .Description("Accredits a teacher (at any registered institution) as a mentor after training.")
            .Argument<NonNullGraphType<AccreditationInputGraphType>>("input")
            .ResolveWith<object?, MentorAccreditation, AccreditationService>((ctx, s) => s.AccreditAsync(ctx.GetArgument<AccreditationInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<MentorAccreditationGraphType>, MentorAccreditation>("suspendMentorAccreditation").Allow(AccessRules.TrustAdmin)
            .Description("Suspends a PENDING or ACTIVE accreditation.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveWith<object?, MentorAccreditation, AccreditationService>((ctx, s) =>
                s.SuspendAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<string>("reason"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<MentorAccreditationGraphType>, MentorAccreditation>("reinstateMentorAccreditation").Allow(AccessRules.TrustAdmin)
            .Description("Lifts a suspension, unless the accreditation lapsed meanwhile.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveWith<object?, MentorAccreditation, AccreditationService>((ctx, s) => s.ReinstateAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
    }
}
