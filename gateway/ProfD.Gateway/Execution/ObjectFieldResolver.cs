using GraphQL;
using GraphQL.Resolvers;

namespace ProfD.Gateway.Execution;

/// <summary>Every field below the root: read from the object a subgraph returned, completing nested objects from other subgraphs.</summary>
internal sealed class ObjectFieldResolver : IFieldResolver
{
    public static readonly ObjectFieldResolver Instance = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (context.Source is not GatewayObject source) return new((object?)null);
        var name = context.FieldAst.Name.StringValue;
        if (!source.TryGet(context.FieldAst.Alias?.Name.StringValue ?? name, name, out var value)) return new((object?)null);
        if (value is Lazy<string> deferred) return new(deferred.Value);
        return new(context.FieldAst.SelectionSet is null ? value : EntityCompleter.Complete(context, value));
    }
}
