using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Node.Institution;

namespace ProfD.Node.Graph;

/// <summary>What every entity type of the node declares: a global <c>id</c>, the <c>Node</c> interface, a federation key.</summary>
internal static class EntityTypeExtensions
{
    /// <summary>
    /// Declares <c>id: ID!</c> (the global ID), <c>implements Node</c>, <c>@key(fields: "id")</c>, and a batched
    /// reference resolver that answers only for IDs of this institution.
    /// </summary>
    public static void DeclareEntity<T>(this ObjectGraphType<T> type, string typeName, Func<T, string> key, InstitutionProfile institution)
        where T : class
    {
        type.Name = typeName;
        type.Interface<NodeInterfaceGraphType>();
        type.IsTypeOf = value => value is T;
        type.Key("id");
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global ID; its first segment names the home institution.")
            .Resolve(ctx => institution.GlobalIdOf(typeName, key(ctx.Source)));
        type.ResolveReference<EntityReference, T>((ctx, reference) => ctx.Loader().Lookup<T>(reference.Id, typeName));
    }
}
