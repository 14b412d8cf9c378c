using GraphQL.Types;
using ProfD.Gateway.Composition;
using ProfD.Gateway.Routing;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Builds the GraphQL.NET schema the gateway executes from the composed SDL: the same types, fields and arguments,
/// every root field routed by <see cref="RootFieldResolver"/>, every other field read by <see cref="ObjectFieldResolver"/>,
/// custom scalars passed through, abstract types resolved by the <c>__typename</c> the subgraph returned.
/// </summary>
internal static class GatewaySchemaBuilder
{
    public static ISchema Build(ComposedSchema composed)
    {
        var named = new Dictionary<string, IGraphType>(StringComparer.Ordinal)
        {
            ["String"] = new StringGraphType(),
            ["Int"] = new IntGraphType(),
            ["Float"] = new FloatGraphType(),
            ["Boolean"] = new BooleanGraphType(),
            ["ID"] = new IdGraphType(),
        };
        foreach (var type in composed.Types.Values)
        {
            if (named.ContainsKey(type.Name)) continue;
            named[type.Name] = type.Kind switch
            {
                "scalar" => new PassThroughScalarGraphType(type.Name, type.Description),
                "enum" => Enum(type),
                "interface" => new InterfaceGraphType { Name = type.Name, Description = type.Description, ResolveType = o => ResolveType(o, named) },
                "union" => new UnionGraphType { Name = type.Name, Description = type.Description, ResolveType = o => ResolveType(o, named) },
                "input" => new InputObjectGraphType { Name = type.Name, Description = type.Description },
                _ => new ObjectGraphType { Name = type.Name, Description = type.Description },
            };
        }

        foreach (var type in composed.Types.Values)
        {
            switch (named[type.Name])
            {
                case ObjectGraphType obj:
                    var isRoot = type.Name is "Query" or "Mutation";
                    foreach (var field in type.Fields) obj.AddField(Field(field, named, isRoot ? RootFieldResolver.Instance : ObjectFieldResolver.Instance));
                    foreach (var i in type.Interfaces)
                    {
                        if (named.GetValueOrDefault(i) is IInterfaceGraphType iface) obj.AddResolvedInterface(iface);
                    }
                    break;
                case InterfaceGraphType iface:
                    foreach (var field in type.Fields) iface.AddField(Field(field, named, null));
                    break;
                case UnionGraphType union:
                    foreach (var member in type.Members)
                    {
                        if (named.GetValueOrDefault(member) is IObjectGraphType o) union.AddPossibleType(o);
                    }
                    break;
                case InputObjectGraphType input:
                    foreach (var field in type.Fields) input.AddField(new FieldType { Name = field.Name, Description = field.Description, ResolvedType = Reference(field.TypeText, named) });
                    break;
            }
        }

        var schema = new GraphQL.Types.Schema
        {
            Query = (IObjectGraphType)named["Query"],
            Mutation = named.GetValueOrDefault("Mutation") as IObjectGraphType,
        };
        foreach (var type in named.Values)
        {
            if (type is not ScalarGraphType || type is PassThroughScalarGraphType) schema.RegisterType(type);
        }
        schema.Initialize();
        return schema;
    }

    private static EnumerationGraphType Enum(ComposedType type)
    {
        var result = new EnumerationGraphType { Name = type.Name, Description = type.Description };
        // Each value is its own name: the gateway passes the names subgraphs write straight through.
        foreach (var value in type.EnumValues) result.Add(value.Name, value.Name, value.Description, value.Deprecation);
        return result;
    }

    private static FieldType Field(ComposedField field, Dictionary<string, IGraphType> named, GraphQL.Resolvers.IFieldResolver? resolver) => new()
    {
        Name = field.Name,
        Description = field.Description,
        DeprecationReason = field.Deprecation,
        ResolvedType = Reference(field.TypeText, named),
        Resolver = resolver,
        Arguments = field.Arguments.Count == 0 ? null : new QueryArguments(field.Arguments.Select(a =>
            // An argument with a default may be omitted: the subgraph applies the default it declares.
            new QueryArgument(Reference(a.DefaultText is not null ? a.TypeText.TrimEnd('!') : a.TypeText, named)) { Name = a.Name, Description = a.Description })),
    };

    private static IGraphType Reference(string typeText, Dictionary<string, IGraphType> named)
    {
        if (typeText.EndsWith('!')) return new NonNullGraphType(Reference(typeText[..^1], named));
        if (typeText.StartsWith('[')) return new ListGraphType(Reference(typeText[1..^1], named));
        return named.TryGetValue(typeText, out var type) ? type : throw new CompositionException($"The composed schema refers to {typeText}, which no subgraph defines.");
    }

    private static IObjectGraphType? ResolveType(object value, Dictionary<string, IGraphType> named) =>
        value is GatewayObject { TypeName: { } type } && named.TryGetValue(type, out var graphType) ? graphType as IObjectGraphType : null;
}
