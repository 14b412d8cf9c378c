using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQLParser.AST;
using ProfD.Gateway.Composition;
using ProfD.Gateway.Execution;

namespace ProfD.Gateway.Routing;

/// <summary>
/// A connection over institution data: asked of every routable node (or those in <c>institutions:</c>) in parallel,
/// each for one page in the requested order plus its sort fields, then merged into one page by that order (ties by
/// ID), with a composite cursor that resumes each node where it stopped and totals summed. Walking every page returns
/// every item exactly once.
/// </summary>
internal static class ConnectionFanOut
{
    private const int DefaultPageSize = 20;

    public static async Task<object?> ResolveAsync(IResolveFieldContext context, GatewayRequest request, SubgraphClient client)
    {
        var composed = request.Composed;
        var partition = composed.Partition;
        var fieldName = context.FieldDefinition.Name;
        var connectionType = SdlText.NamedTypeOf(partition.Field("Query", fieldName)!.Type);
        var edgeType = SdlText.NamedTypeOf(partition.Field(connectionType, "edges")!.Type);
        var nodeType = SdlText.NamedTypeOf(partition.Field(connectionType, "nodes")!.Type);
        var path = context.Path.ToList();

        var after = context.GetArgument<string?>("after");
        var positions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (after is not null && !CompositeCursor.TryDecode(after, out positions))
        {
            request.Errors.Enqueue(GatewayErrors.BadUserInput("'after' is not a cursor this gateway gave out.", path, "after"));
            return Empty(connectionType, after);
        }
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first < 0)
        {
            request.Errors.Enqueue(GatewayErrors.BadUserInput("'first' must not be negative.", path, "first"));
            return Empty(connectionType, after);
        }

        var codes = Institutions(context, request, path);
        var order = Order(context, composed, nodeType);
        if (!request.TryReserve(codes.Count, path)) return Empty(connectionType, after);
        // The order may come from variables: it is part of what the plan is for.
        var purpose = "fan-out " + string.Join(',', order.Select(o => o.EnumValue + (o.Descending ? " DESC" : "")));
        var plan = request.Plan(context.FieldAst.Location.Start, purpose, connectionType, (int)Owner.Partition, () => Plan(context, request, order, nodeType));
        var pages = await Task.WhenAll(codes.Select(code => PageAsync(context, request, client, code, first, positions.GetValueOrDefault(code), plan, path)));
        return Merge(pages.Where(p => p is not null).Select(p => p!).ToList(), positions, first, order, connectionType, edgeType, after);
    }

    private static List<string> Institutions(IResolveFieldContext context, GatewayRequest request, List<object> path)
    {
        var named = context.GetArgument<List<string>?>(GatewayArguments.Institutions);
        if (named is null) return [.. request.Snapshot.Nodes.Keys.Order(StringComparer.Ordinal)];
        foreach (var unknown in named.Where(code => !request.Snapshot.Nodes.ContainsKey(code)))
            request.Errors.Enqueue(GatewayErrors.NotFound($"No node of institution '{unknown}' is in the federation.", path));
        return [.. named.Where(request.Snapshot.Nodes.ContainsKey).Distinct(StringComparer.Ordinal)];
    }

    private static List<SortKey> Order(IResolveFieldContext context, ComposedSchema composed, string nodeType)
    {
        var keys = new List<SortKey>();
        if (context.GetArgument<object?>("orderBy") is IEnumerable<object?> given)
        {
            foreach (var entry in given.OfType<IDictionary<string, object?>>())
            {
                var value = entry.TryGetValue("field", out var f) ? f?.ToString() : null;
                if (value is null) continue;
                var descending = entry.TryGetValue("direction", out var d) && string.Equals(d?.ToString(), "DESC", StringComparison.Ordinal);
                keys.Add(Key(value, descending));
            }
        }
        if (keys.Count == 0)
        {
            // No order given: the first value of the order enum, so every node sorts the same way and the merge holds.
            var orderInput = composed.Types.GetValueOrDefault(context.FieldDefinition.Arguments?.Find("orderBy") is { } argument
                ? argument.ResolvedType!.GetNamedType().Name : "");
            var enumName = orderInput?.Field("field")?.NamedType;
            if (enumName is not null && composed.Types.TryGetValue(enumName, out var fieldEnum) && fieldEnum.EnumValues.Count > 0)
                keys.Add(Key(fieldEnum.EnumValues[0].Name, false));
        }
        return keys;

        SortKey Key(string value, bool descending)
        {
            var field = SortKey.FieldNameOf(value);
            return new SortKey(value, composed.Partition.HasField(nodeType, field) ? field : null, descending);
        }
    }

    /// <summary>Everything of a node's subquery after <c>first</c> and <c>after</c>: the caller's other arguments, the order, and the selection with sort fields.</summary>
    private static PlannedSelection Plan(IResolveFieldContext context, GatewayRequest request, List<SortKey> order, string nodeType)
    {
        var printer = new SelectionPrinter(request.Composed.Partition, context.Document);
        foreach (var argument in context.FieldAst.Arguments?.Items ?? [])
        {
            if (argument.Name.StringValue is "first" or "after" or "orderBy" or GatewayArguments.Institutions) continue;
            printer.Append(", ").Append(argument.Name.StringValue).Append(": ").Value(argument.Value);
        }
        if (order.Count > 0)
            printer.Append(", orderBy: [").Append(string.Join(", ", order.Select(o => $"{{field: {o.EnumValue}, direction: {(o.Descending ? "DESC" : "ASC")}}}"))).Append("]");
        // totalCount costs each node a count of its rows: asked only when the caller wants the total.
        var connectionType = context.FieldDefinition.ResolvedType!.GetNamedType().Name;
        var wantsTotal = context.FieldAst.SelectionSet is { } selection
            && FieldCollector.Collect(selection, connectionType, request.Composed, context.Document).Any(f => f.Name.StringValue == "totalCount");
        printer.Append(wantsTotal ? ") { totalCount pageInfo { hasNextPage } edges { cursor node " : ") { pageInfo { hasNextPage } edges { cursor node ");
        var sortFields = string.Join(' ', order.Select((o, i) => o.FieldName is null ? "" : $"_gwSort{i}: {o.FieldName}"));
        printer.SelectionSet(ItemSelections(context, request), nodeType, sortFields.Trim()).Append(" } }");
        return new PlannedSelection(printer.ToString(), printer.Variables, GatewayRequest.VariableDefinitions(context, printer.Variables));
    }

    private static async Task<NodePage?> PageAsync(
        IResolveFieldContext context, GatewayRequest request, SubgraphClient client, string code, int first, string? after, PlannedSelection plan, List<object> path)
    {
        var head = $"r: {context.FieldDefinition.Name}(first: {first.ToString(CultureInfo.InvariantCulture)}{(after is null ? "" : ", after: " + SdlText.Quote(after))}";
        var query = $"query{plan.VariableDefinitions} {{ {head}{plan.Text} }}";

        SubgraphResponse response;
        try
        {
            response = await client.PostAsync(request.Snapshot.Nodes[code], code, query, request.VariablesFor(plan.Variables), retryable: true, context.CancellationToken);
        }
        catch (SubgraphUnavailableException ex)
        {
            request.Errors.Enqueue(GatewayErrors.NodeUnavailable(ex, path));
            return null;
        }
        // An error about one item is put at the connection: the node's index of it is not its place in the merged page.
        foreach (var error in response.Errors)
            request.Errors.Enqueue(GatewayErrors.FromSubgraph(error, code, path, skip: IsAboutAnItem(error) ? int.MaxValue : 1));
        if (response.Data.ValueKind != JsonValueKind.Object || !response.Data.TryGetProperty("r", out var page) || page.ValueKind != JsonValueKind.Object) return null;

        var edges = new List<(string Cursor, GatewayObject Node)>();
        foreach (var edge in page.GetProperty("edges").EnumerateArray())
            edges.Add((edge.GetProperty("cursor").GetString()!, (GatewayObject)GatewayObject.FromJson(edge.GetProperty("node"), Owner.Partition, code)!));
        var total = page.TryGetProperty("totalCount", out var count) ? count.GetInt32() : 0;
        return new NodePage(code, edges, total, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    // The subquery is r { edges { node { … } } }: an error at r.edges.i… is about the node's i-th item.
    private static bool IsAboutAnItem(JsonElement error) =>
        error.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.Array && path.GetArrayLength() >= 3
            && path[1].ValueKind == JsonValueKind.String && path[1].GetString() == "edges";

    /// <summary>The caller's selections of an item, from <c>nodes { … }</c> and <c>edges { node { … } }</c> together.</summary>
    private static List<ASTNode> ItemSelections(IResolveFieldContext context, GatewayRequest request)
    {
        var selections = new List<ASTNode>();
        var connectionType = context.FieldDefinition.ResolvedType!.GetNamedType().Name;
        if (context.FieldAst.SelectionSet is null) return selections;
        foreach (var field in FieldCollector.Collect(context.FieldAst.SelectionSet, connectionType, request.Composed, context.Document))
        {
            if (field.Name.StringValue == "nodes" && field.SelectionSet is not null) selections.AddRange(field.SelectionSet.Selections);
            if (field.Name.StringValue != "edges" || field.SelectionSet is null) continue;
            var edgeType = context.Schema.AllTypes[connectionType] is GraphQL.Types.IComplexGraphType c ? c.GetField("edges")!.ResolvedType!.GetNamedType().Name : "";
            foreach (var node in FieldCollector.Collect(field.SelectionSet, edgeType, request.Composed, context.Document))
            {
                if (node.Name.StringValue == "node" && node.SelectionSet is not null) selections.AddRange(node.SelectionSet.Selections);
            }
        }
        return selections;
    }

    private static GatewayObject Merge(List<NodePage> pages, Dictionary<string, string> positions, int first, List<SortKey> order, string connectionType, string edgeType, string? after)
    {
        var all = pages.SelectMany(p => p.Edges.Select(e => (p.Institution, e.Cursor, e.Node))).ToList();
        all.Sort((a, b) =>
        {
            for (var i = 0; i < order.Count; i++)
            {
                if (order[i].FieldName is null) continue;
                var compared = SortKey.Compare(a.Node.Values.GetValueOrDefault($"_gwSort{i}"), b.Node.Values.GetValueOrDefault($"_gwSort{i}"));
                if (compared != 0) return order[i].Descending ? -compared : compared;
            }
            return string.CompareOrdinal(a.Node.Id, b.Node.Id);
        });

        var taken = all.Take(first).ToList();
        var state = new Dictionary<string, string>(positions, StringComparer.Ordinal);
        var edges = new List<object?>();
        foreach (var (institution, cursor, node) in taken)
        {
            state[institution] = cursor;
            // Encoded only if the caller asks for this edge's cursor: most pages need only the end cursor.
            var positionsHere = new Dictionary<string, string>(state, StringComparer.Ordinal);
            edges.Add(Synthetic(edgeType, ("cursor", new Lazy<string>(() => CompositeCursor.Encode(positionsHere))), ("node", node)));
        }
        var hasNext = pages.Any(p => p.HasNextPage || p.Edges.Count > taken.Count(t => t.Institution == p.Institution));
        var pageInfo = Synthetic("PageInfo",
            ("hasNextPage", hasNext), ("hasPreviousPage", after is not null),
            ("startCursor", edges.Count > 0 ? ((GatewayObject)edges[0]!).Values["cursor"] : null),
            ("endCursor", edges.Count > 0 ? ((GatewayObject)edges[^1]!).Values["cursor"] : null));
        return Synthetic(connectionType,
            ("edges", edges), ("nodes", taken.Select(t => (object?)t.Node).ToList()), ("pageInfo", pageInfo), ("totalCount", pages.Sum(p => p.TotalCount)));
    }

    private static GatewayObject Empty(string connectionType, string? after) => Synthetic(connectionType,
        ("edges", new List<object?>()), ("nodes", new List<object?>()), ("totalCount", 0),
        ("pageInfo", Synthetic("PageInfo", ("hasNextPage", false), ("hasPreviousPage", after is not null), ("startCursor", null), ("endCursor", null))));

    private static GatewayObject Synthetic(string type, params (string Key, object? Value)[] values)
    {
        var result = new GatewayObject(Owner.Partition, null) { Synthetic = true };
        result.Values[GatewayObject.TypeKey] = type;
        foreach (var (key, value) in values) result.Values[key] = value;
        return result;
    }

    private sealed record NodePage(string Institution, List<(string Cursor, GatewayObject Node)> Edges, int TotalCount, bool HasNextPage);
}
