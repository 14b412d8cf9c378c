using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;

namespace ProfD.Node.Mentorships;

/// <summary>The root fields of the Mentorship feature.</summary>
internal static class MentorshipFields
{
    public static void AddMentorshipQueries(this ObjectGraphType query) =>
        query.LookupField<MentorshipGraphType, Mentorship>("mentorship", "A mentorship of this institution by ID; null if it has none.")
            .LoadWith<object?, Mentorship, EntityLoader>((ctx, load) => load.Lookup<Mentorship>(ctx.GetArgument<string>("id"), "Mentorship"));

    public static void AddMentorshipMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MentorshipGraphType>, Mentorship>("assignMentor")
            .Description("Assigns a mentor (a global Teacher ID at this or any node) to a candidate. A mentor at the candidate's own school is "
                + "BAD_USER_INPUT; a mentor at another node is accepted (their school is checked by the trust's accreditation).")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId")
            .MutateWith<object?, Mentorship, MentorshipMutations>((ctx, m) =>
                m.AssignAsync(ctx.GetArgument<string>("candidateId"), ctx.GetArgument<string>("mentorId"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<MentorshipGraphType>, Mentorship>("endMentorship")
            .Description("Ends a mentorship now.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .MutateWith<object?, Mentorship, MentorshipMutations>((ctx, m) => m.EndAsync(ctx.GetArgument<string>("id"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<MentorCommentGraphType>, MentorComment>("commentOnWork")
            .Description("A dated comment by an active mentor on their mentee's research project (not once CONCLUDED) or draft exhibition.")
            .Argument<NonNullGraphType<IdGraphType>>("mentorshipId")
            .Argument<NonNullGraphType<IdGraphType>>("on", "The global ID of the candidate's ResearchProject or Exhibition.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .MutateWith<object?, MentorComment, MentorshipMutations>((ctx, m) => m.CommentAsync(
                ctx.GetArgument<string>("mentorshipId"), ctx.GetArgument<string>("on"), ctx.GetArgument<string>("text"), ctx.CancellationToken)!);
    }
}
