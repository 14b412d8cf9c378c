using GraphQL;
using GraphQLParser.AST;
using ProfD.Gateway.Composition;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Completes the objects a field returned with the fields their producer could not give (a School from the trust
/// needs its name from its home node; an Exhibition from a node needs <c>citedBy</c> from the trust), batched per level.
/// </summary>
internal static class EntityCompleter
{
    public static object? Complete(IResolveFieldContext context, object? value)
    {
        if (value is null || context.FieldAst.SelectionSet is null) return value;
        var items = new List<GatewayObject>();
        Flatten(value, items);
        if (items.Count == 0) return value;

        var request = GatewayRequest.Of(context);
        var batches = new HashSet<EntityBatch>();
        foreach (var item in items)
        {
            if (item.TypeName is not { } type || item.Id is null) continue;
            // What a producer leaves out of a selection is the same for every object it returns: planned once per document.
            var plans = request.Plan(context.FieldAst.Location.Start, item.Reference ? "reference" : "complete", type, (int)item.Producer, () => Plan(context, request, item, type));
            foreach (var (owner, plan) in plans)
            {
                var batch = request.BatchFor(owner, type, plan.Text, () => new EntityBatch(
                    owner, type, plan.Text, plan.VariableDefinitions, request.VariablesFor(plan.Variables), request, request.Client));
                batch.Add(item);
                batches.Add(batch);
            }
        }
        if (batches.Count == 0) return value;
        var path = context.Path.ToList();
        // Where each object sits, for a subgraph's errors about it: worked out only when something is fetched.
        PlaceInAnswer(value, path);
        return new DeferredResult(async cancellationToken =>
        {
            foreach (var batch in batches) await batch.LoadAsync(path, cancellationToken);
            return WithoutFailed(value);
        });
    }

    private static List<(Owner Owner, PlannedSelection Plan)> Plan(IResolveFieldContext context, GatewayRequest request, GatewayObject item, string type)
    {
        var missing = new Dictionary<Owner, List<ASTNode>>();
        foreach (var field in FieldCollector.Collect(context.FieldAst.SelectionSet!, type, request.Composed, context.Document))
        {
            var name = field.Name.StringValue;
            if (name == "__typename" || item.TryGet(field.Alias?.Name.StringValue ?? name, name, out _)) continue;
            var owner = item.Reference ? request.Composed.AnyOwnerOf(type, name) : request.Composed.OwnerOf(type, name, item.Producer);
            if (owner is null) continue;
            if (!missing.TryGetValue(owner.Value, out var list)) missing[owner.Value] = list = [];
            list.Add(field);
        }
        return [.. missing.Select(pair =>
        {
            var printer = new SelectionPrinter(request.Composed.SubgraphOf(pair.Key), context.Document).SelectionSet(pair.Value, type);
            return (pair.Key, new PlannedSelection(printer.ToString(), printer.Variables, GatewayRequest.VariableDefinitions(context, printer.Variables)));
        })];
    }

    private static void Flatten(object? value, List<GatewayObject> items)
    {
        switch (value)
        {
            case GatewayObject item:
                items.Add(item);
                break;
            case List<object?> list:
                foreach (var element in list) Flatten(element, items);
                break;
        }
    }

    private static void PlaceInAnswer(object? value, List<object> path)
    {
        switch (value)
        {
            case GatewayObject item:
                item.Path = path;
                break;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++) PlaceInAnswer(list[i], [.. path, i]);
                break;
        }
    }

    /// <summary>Objects whose completion failed answer null: the error already names the node.</summary>
    private static object? WithoutFailed(object? value) => value switch
    {
        GatewayObject { Failed: true } => null,
        List<object?> list => list.Select(WithoutFailed).ToList(),
        _ => value,
    };
}
