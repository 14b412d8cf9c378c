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
}
