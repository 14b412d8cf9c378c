using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Graph;

/// <summary>What every entity the trust owns declares: a global <c>id</c> in the trust's name, a federation key, a batched reference resolver.</summary>
internal static class TrustEntityExtensions
{
    public static void DeclareTrustEntity<T>(this ObjectGraphType<T> type, string typeName, Func<T, string> key, TrustProfile trust)
        where T : class
    {
        type.Name = typeName;
        type.IsTypeOf = value => value is T;
        type.Key("id");
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID; its first segment is the trust's code.")
            .Resolve(ctx => trust.GlobalIdOf(typeName, key(ctx.Source)));
        type.ResolveReference<EntityReference, T>((ctx, reference) => ctx.Loader().Lookup<T>(reference.Id, typeName));
    }
}
