using GraphQL;
using ProfD.Schema.Identity;

namespace ProfD.Node.Access;

/// <summary>A person argument (adjudicatorId, …) is optional: left out, it is the caller. Its rule refuses anyone else.</summary>
internal static class ActingPerson
{
    public static string? Of(IResolveFieldContext context, string argument) =>
        context.GetArgument<string?>(argument) ?? FederationCaller.From(context.User).PersonId;
}
