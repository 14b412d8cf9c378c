using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQLParser.AST;
using ProfD.Gateway.Composition;
using ProfD.Gateway.Execution;
using ProfD.Schema.Ids;

namespace ProfD.Gateway.Routing;

/// <summary>
/// Root fields: the trust's go to the trust; a field that names an ID goes to that ID's home node only; a connection
/// over institution data fans out; anything else goes to the node the caller names with <c>node:</c>.
/// </summary>
internal sealed class RootFieldResolver : IFieldResolver
{
    public static readonly RootFieldResolver Instance = new();

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var request = GatewayRequest.Of(context);
        var client = request.Client;
        var root = context.ParentType.Name;
        var route = request.Composed.Routes[(root, context.FieldDefinition.Name)];
        var path = context.Path.ToList();
        switch (route.Routing)
        {
            case RootRouting.Trust:
                if (request.Snapshot.TrustEndpoint is not { } trust)
                {
                    request.Errors.Enqueue(GatewayErrors.NodeUnavailable(new SubgraphUnavailableException("trust", "the gateway does not know where it is"), path));
                    return null;
                }
                return EntityCompleter.Complete(context, await ForwardAsync(context, request, client, Owner.Trust, "trust", trust));
            case RootRouting.FanOut:
                return await ConnectionFanOut.ResolveAsync(context, request, client);
            default:
                if (TrustNode(context, route, request) is { } trustEntity) return EntityCompleter.Complete(context, trustEntity);
                var home = HomeOf(context, route, request, path);
                if (home is null) return null;
                if (!request.Snapshot.Nodes.TryGetValue(home, out var endpoint))
                {
                    request.Errors.Enqueue(GatewayErrors.NotFound($"No node of institution '{home}' is in the federation.", path));
                    return null;
                }
                return EntityCompleter.Complete(context, await ForwardAsync(context, request, client, Owner.Partition, home, endpoint));
        }
    }

    /// <summary>
    /// For <c>node(id:)</c> naming one of the trust's entities: the entity as an ID with its type, which
    /// <see cref="EntityCompleter"/> then completes from the trust with <c>_entities</c> (null if the trust has none).
    /// </summary>
    private static GatewayObject? TrustNode(IResolveFieldContext context, RootRoute route, GatewayRequest request)
    {
        if (context.FieldDefinition.ResolvedType?.GetNamedType().Name != ComposedSchema.NodeInterface) return null;
        foreach (var argument in route.IdArguments)
        {
            if (context.GetArgument<string?>(argument) is not { } id || !GlobalId.TryParse(id, out var parsed)) continue;
            if (!request.Composed.IsTrustNode(parsed.Type)) return null;
            var entity = new GatewayObject(Owner.Partition, null);
            entity.Values[GatewayObject.TypeKey] = parsed.Type;
            entity.Values[GatewayObject.IdKey] = id;
            return entity;
        }
        return null;
    }

    private static string? HomeOf(IResolveFieldContext context, RootRoute route, GatewayRequest request, List<object> path)
    {
        foreach (var argument in route.IdArguments)
        {
            if (context.GetArgument<string?>(argument) is not { } id) continue;
            if (GlobalId.TryParse(id, out var parsed)) return parsed.Institution;
            request.Errors.Enqueue(GatewayErrors.BadUserInput($"'{argument}' is not a ProfD ID: an ID names its institution, its type and a key.", path, argument));
            return null;
        }
        if (context.GetArgument<string?>(GatewayArguments.Node) is { } node) return node;
        request.Errors.Enqueue(GatewayErrors.BadUserInput(
            $"'{context.FieldDefinition.Name}' names no ID to route by: give '{GatewayArguments.Node}' the code of the institution whose node should answer.", path, GatewayArguments.Node));
        return null;
    }

    private static async Task<object?> ForwardAsync(IResolveFieldContext context, GatewayRequest request, SubgraphClient client, Owner owner, string institution, Uri endpoint)
    {
        var isQuery = context.Operation.Operation == OperationType.Query;
        var plan = request.Plan(context.FieldAst.Location.Start, "root", context.ParentType.Name, (int)owner, () =>
        {
            var printer = new SelectionPrinter(request.Composed.SubgraphOf(owner), context.Document)
                .Field(context.FieldAst, context.ParentType.Name, GatewayArguments.IsGatewayArgument);
            return new PlannedSelection(printer.ToString(), printer.Variables, GatewayRequest.VariableDefinitions(context, printer.Variables));
        });
        if (!request.TryReserve(1, context.Path)) return null;
        var query = $"{(isQuery ? "query" : "mutation")}{plan.VariableDefinitions} {{{plan.Text} }}";
        SubgraphResponse response;
        try
        {
            response = await client.PostAsync(endpoint, institution, query, request.VariablesFor(plan.Variables), retryable: isQuery, context.CancellationToken);
        }
        catch (SubgraphUnavailableException ex)
        {
            request.Errors.Enqueue(GatewayErrors.NodeUnavailable(ex, context.Path));
            return null;
        }
        foreach (var error in response.Errors) request.Errors.Enqueue(GatewayErrors.FromSubgraph(error, institution, context.Path, skip: 1));
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
        return response.Data.ValueKind == JsonValueKind.Object && response.Data.TryGetProperty(key, out var value)
            ? GatewayObject.FromJson(value, owner, owner == Owner.Partition ? institution : null)
            : null;
    }
}
