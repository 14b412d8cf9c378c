using System.Text;
using GraphQLParser;
using GraphQLParser.AST;

namespace ProfD.Gateway.Composition;

/// <summary>
/// Composes the trust's subgraph and the institution nodes' subgraph (one schema, partitioned by data) into the public
/// schema, Apollo Federation v2 style: entities merge by type name, each field keeps the subgraph that defines it, and
/// the federation plumbing (<c>_service</c>, <c>_entities</c>, <c>_Any</c>, link directives) stays private.
/// </summary>
internal static class SchemaComposer
{
    private static readonly HashSet<string> Private = new(StringComparer.Ordinal)
    {
        "_Service", "_Entity", "_Any", "FieldSet", "link__Import", "link__Purpose", "federation__FieldSet", "federation__Scope", "federation__Policy",
    };

    private static readonly HashSet<string> RootTypes = new(StringComparer.Ordinal) { "Query", "Mutation" };

    public static ComposedSchema Compose(SubgraphSchema partition, SubgraphSchema trust)
    {
        var types = new Dictionary<string, ComposedType>(StringComparer.Ordinal);
        var order = new List<string>();
        var problems = new List<string>();
        Merge(partition, Owner.Partition, types, order, problems);
        Merge(trust, Owner.Trust, types, order, problems);
        if (!types.ContainsKey("Query")) throw new CompositionException("Neither subgraph has a Query type.");
        MakeTrustEntitiesNodes(partition, trust, types);

        var routes = new Dictionary<(string, string), RootRoute>();
        foreach (var root in RootTypes)
        {
            if (!types.TryGetValue(root, out var type)) continue;
            for (var i = 0; i < type.Fields.Count; i++)
            {
                var field = type.Fields[i];
                var route = RouteOf(root, field);
                routes[(root, field.Name)] = route;
                if (route.Routing == RootRouting.FanOut)
                    field.Arguments.Add(new(GatewayArguments.Institutions, "The institution codes whose nodes to ask; when omitted, every node in the federation (a node that does not answer adds a NODE_UNAVAILABLE error).", "[String!]", null));
                else if (route.Routing is RootRouting.ById or RootRouting.Pinned && !HasRequiredId(field))
                    field.Arguments.Add(new(GatewayArguments.Node, "The institution code whose node answers, when no ID argument names it.", "String", null));
            }
        }

        var sdl = Print(types, order);
        return new ComposedSchema(sdl, Parser.Parse(sdl), types, partition, trust, routes, problems);
    }

    /// <summary>
    /// The trust's own entities keyed by their global ID (Triangle, Provocation, …) implement the nodes' <c>Node</c>
    /// interface in the composed schema, so <c>node(id:)</c> answers every ID in the federation: the gateway fetches
    /// them from the trust with <c>_entities</c>.
    /// </summary>
    private static void MakeTrustEntitiesNodes(SubgraphSchema partition, SubgraphSchema trust, Dictionary<string, ComposedType> types)
    {
        if (!types.TryGetValue(ComposedSchema.NodeInterface, out var node) || node.Kind != "interface") return;
        foreach (var definition in trust.Document.Definitions.OfType<GraphQLObjectTypeDefinition>())
        {
            var name = definition.Name.StringValue;
            if (partition.HasType(name) || !IsKeyedById(definition) || !types.TryGetValue(name, out var type)) continue;
            if (type.Field("id")?.TypeText != "ID!" || type.Interfaces.Contains(ComposedSchema.NodeInterface)) continue;
            type.Interfaces.Add(ComposedSchema.NodeInterface);
        }
    }

    private static bool IsKeyedById(GraphQLObjectTypeDefinition definition) =>
        definition.Directives?.Items.Any(d => d.Name.StringValue is "key" or "federation__key"
            && d.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "fields")?.Value is GraphQLStringValue { Value: var fields }
            && fields.Span.Trim().SequenceEqual("id")) == true;

    private static RootRoute RouteOf(string root, ComposedField field)
    {
        if (field.Owner == Owner.Trust) return new(RootRouting.Trust, []);
        var ids = field.Arguments.Where(a => a.TypeText.TrimEnd('!') == "ID").Select(a => a.Name).ToList();
        if (root == "Query" && field.NamedType.EndsWith("Connection", StringComparison.Ordinal) && ids.Count == 0) return new(RootRouting.FanOut, ids);
        return new(ids.Count > 0 ? RootRouting.ById : RootRouting.Pinned, ids);
    }

    private static bool HasRequiredId(ComposedField field) => field.Arguments.Any(a => a.TypeText == "ID!");

    private static void Merge(SubgraphSchema subgraph, Owner owner, Dictionary<string, ComposedType> types, List<string> order, List<string> problems)
    {
        foreach (var definition in subgraph.Document.Definitions)
        {
            if (definition is not GraphQLTypeDefinition and not GraphQLObjectTypeExtension) continue;
            var name = definition switch
            {
                GraphQLTypeDefinition t => t.Name.StringValue,
                GraphQLObjectTypeExtension e => e.Name.StringValue,
                _ => "",
            };
            if (Private.Contains(name) || name.StartsWith("__", StringComparison.Ordinal)) continue;
            var (kind, description) = definition switch
            {
                GraphQLObjectTypeDefinition o => ("type", SdlText.DescriptionOf(o.Description)),
                GraphQLObjectTypeExtension => ("type", null),
                GraphQLInterfaceTypeDefinition i => ("interface", SdlText.DescriptionOf(i.Description)),
                GraphQLEnumTypeDefinition e => ("enum", SdlText.DescriptionOf(e.Description)),
                GraphQLInputObjectTypeDefinition i => ("input", SdlText.DescriptionOf(i.Description)),
                GraphQLUnionTypeDefinition u => ("union", SdlText.DescriptionOf(u.Description)),
                GraphQLScalarTypeDefinition s => ("scalar", SdlText.DescriptionOf(s.Description)),
                _ => ("", null),
            };
            if (kind == "") continue;
            if (!types.TryGetValue(name, out var type))
            {
                types[name] = type = new ComposedType(name, kind, description);
                order.Add(name);
            }
            else if (type.Kind != kind)
            {
                problems.Add($"The {subgraph.Name} subgraph defines {name} as {kind}, another subgraph as {type.Kind}: the {subgraph.Name} definition is left out.");
                continue;
            }
            type.Description ??= description;

            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    MergeInterfaces(type, o.Interfaces);
                    MergeFields(subgraph, owner, type, o.Fields?.Items, problems);
                    break;
                case GraphQLObjectTypeExtension o:
                    MergeInterfaces(type, o.Interfaces);
                    MergeFields(subgraph, owner, type, o.Fields?.Items, problems);
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    MergeInterfaces(type, i.Interfaces);
                    MergeFields(subgraph, owner, type, i.Fields?.Items, problems);
                    break;
                case GraphQLInputObjectTypeDefinition i:
                    foreach (var field in i.Fields?.Items ?? [])
                    {
                        var typeText = SdlText.TypeOf(field.Type);
                        var existing = type.Field(field.Name.StringValue);
                        if (existing is null)
                            type.Fields.Add(new ComposedField(field.Name.StringValue, SdlText.DescriptionOf(field.Description), typeText, SdlText.NamedTypeOf(field.Type), owner));
                        else if (existing.TypeText != typeText)
                            problems.Add($"The {subgraph.Name} subgraph's input {name}.{field.Name.StringValue} is {typeText}, another subgraph's is {existing.TypeText}: the first is kept.");
                    }
                    break;
                case GraphQLEnumTypeDefinition e:
                    foreach (var value in e.Values?.Items ?? [])
                    {
                        if (type.EnumValues.Exists(v => v.Name == value.Name.StringValue)) continue;
                        type.EnumValues.Add(new(value.Name.StringValue, SdlText.DescriptionOf(value.Description), DeprecationOf(value.Directives)));
                    }
                    break;
                case GraphQLUnionTypeDefinition u:
                    foreach (var member in u.Types?.Items ?? [])
                    {
                        if (!type.Members.Contains(member.Name.StringValue)) type.Members.Add(member.Name.StringValue);
                    }
                    break;
            }
        }
    }

    private static void MergeInterfaces(ComposedType type, GraphQLImplementsInterfaces? interfaces)
    {
        foreach (var i in interfaces?.Items ?? [])
        {
            if (!type.Interfaces.Contains(i.Name.StringValue)) type.Interfaces.Add(i.Name.StringValue);
        }
    }

    private static void MergeFields(SubgraphSchema subgraph, Owner owner, ComposedType type, List<GraphQLFieldDefinition>? fields, List<string> problems)
    {
        foreach (var field in fields ?? [])
        {
            var name = field.Name.StringValue;
            if (name is "_service" or "_entities") continue;
            var typeText = SdlText.TypeOf(field.Type);
            var existing = type.Field(name);
            if (existing is not null)
            {
                // A shared field (an entity's @shareable code, a connection's pageInfo) must mean the same everywhere.
                if (existing.TypeText != typeText)
                    problems.Add($"The {subgraph.Name} subgraph's {type.Name}.{name} is {typeText}, another subgraph's is {existing.TypeText}: the first is kept.");
                continue;
            }
            var composed = new ComposedField(name, SdlText.DescriptionOf(field.Description), typeText, SdlText.NamedTypeOf(field.Type), owner)
            {
                Deprecation = DeprecationOf(field.Directives),
            };
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                composed.Arguments.Add(new(argument.Name.StringValue, SdlText.DescriptionOf(argument.Description), SdlText.TypeOf(argument.Type),
                    argument.DefaultValue is null ? null : SdlText.Print(argument.DefaultValue)));
            }
            type.Fields.Add(composed);
        }
    }

    private static string? DeprecationOf(GraphQLDirectives? directives)
    {
        var deprecated = directives?.Items.Find(d => d.Name.StringValue == "deprecated");
        if (deprecated is null) return null;
        return deprecated.Arguments?.Items.Find(a => a.Name.StringValue == "reason")?.Value is GraphQLStringValue reason
            ? reason.Value.ToString()
            : "No longer supported";
    }

    private static string Print(Dictionary<string, ComposedType> types, List<string> order)
    {
        var sdl = new StringBuilder();
        foreach (var name in order)
        {
            var type = types[name];
            if (sdl.Length > 0) sdl.Append('\n');
            Description(sdl, "", type.Description);
            switch (type.Kind)
            {
                case "scalar":
                    sdl.Append("scalar ").Append(name).Append('\n');
                    break;
                case "union":
                    sdl.Append("union ").Append(name).Append(" = ").Append(string.Join(" | ", type.Members)).Append('\n');
                    break;
                case "enum":
                    sdl.Append("enum ").Append(name).Append(" {\n");
                    foreach (var value in type.EnumValues)
                    {
                        Description(sdl, "  ", value.Description);
                        sdl.Append("  ").Append(value.Name).Append(Deprecated(value.Deprecation)).Append('\n');
                    }
                    sdl.Append("}\n");
                    break;
                default:
                    sdl.Append(type.Kind).Append(' ').Append(name);
                    if (type.Interfaces.Count > 0) sdl.Append(" implements ").Append(string.Join(" & ", type.Interfaces));
                    sdl.Append(" {\n");
                    foreach (var field in type.Fields)
                    {
                        Description(sdl, "  ", field.Description);
                        sdl.Append("  ").Append(field.Name);
                        if (field.Arguments.Count > 0)
                        {
                            sdl.Append('(');
                            sdl.AppendJoin(", ", field.Arguments.Select(a =>
                                (a.Description is null ? "" : SdlText.Quote(a.Description) + " ") + a.Name + ": " + a.TypeText + (a.DefaultText is null ? "" : " = " + a.DefaultText)));
                            sdl.Append(')');
                        }
                        sdl.Append(": ").Append(field.TypeText).Append(Deprecated(field.Deprecation)).Append('\n');
                    }
                    sdl.Append("}\n");
                    break;
            }
        }
        return sdl.ToString();
    }

    private static void Description(StringBuilder sdl, string indent, string? description)
    {
        if (description is not null) sdl.Append(indent).Append(SdlText.Quote(description)).Append('\n');
    }

    private static string Deprecated(string? reason) => reason is null ? "" : $" @deprecated(reason: {SdlText.Quote(reason)})";
}
