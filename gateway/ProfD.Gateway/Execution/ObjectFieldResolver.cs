using GraphQL;
using GraphQL.Resolvers;
using ProfD.Gateway.Composition;
using ProfD.Schema.Ids;

namespace ProfD.Gateway.Execution;

/// <summary>Every field below the root: read from the object a subgraph returned, completing nested objects from other subgraphs.</summary>
internal sealed class ObjectFieldResolver : IFieldResolver
{
    public static readonly ObjectFieldResolver Instance = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (context.Source is not GatewayObject source) return new((object?)null);
        var name = context.FieldAst.Name.StringValue;
        if (!source.TryGet(context.FieldAst.Alias?.Name.StringValue ?? name, name, out var value) || value is null)
            return new(ReferenceElsewhere(context, source, name) is { } reference ? EntityCompleter.Complete(context, reference) : null);
        if (value is Lazy<string> deferred) return new(deferred.Value);
        return new(context.FieldAst.SelectionSet is null ? value : EntityCompleter.Complete(context, value));
    }

    /// <summary>
    /// A reference field a node left null because its entity lives at another node (a mentor, a showing's school):
    /// the entity as its ID, to be fetched from its home node. A null for the node's own entity stays null.
    /// </summary>
    private static GatewayObject? ReferenceElsewhere(IResolveFieldContext context, GatewayObject source, string name)
    {
        if (source.Producer != Owner.Partition || context.FieldAst.SelectionSet is null) return null;
        if (!source.Values.TryGetValue(GatewayObject.ReferencePrefix + name, out var id) || id is not string text) return null;
        if (!GlobalId.TryParse(text, out var target) || target.Institution == source.Institution) return null;
        // The ID names the type, which is what a union (a research link's target) does not.
        var named = context.FieldDefinition.ResolvedType!.GetNamedType();
        var type = named is GraphQL.Types.UnionGraphType union ? union.PossibleTypes.FirstOrDefault(t => t.Name == target.Type)?.Name : named.Name;
        if (type is null) return null;
        var reference = new GatewayObject(Owner.Partition, null) { Reference = true };
        reference.Values[GatewayObject.TypeKey] = type;
        reference.Values[GatewayObject.IdKey] = text;
        return reference;
    }
}
