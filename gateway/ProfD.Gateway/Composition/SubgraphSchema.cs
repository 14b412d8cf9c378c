using GraphQLParser;
using GraphQLParser.AST;

namespace ProfD.Gateway.Composition;

/// <summary>One subgraph's SDL, indexed: which types it has, and which fields each type (or interface) has there.</summary>
internal sealed class SubgraphSchema
{
    private readonly Dictionary<string, Dictionary<string, GraphQLFieldDefinition>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ASTNode> _types = new(StringComparer.Ordinal);

    private SubgraphSchema(string name, string sdl, GraphQLDocument document)
    {
        Name = name;
        Sdl = sdl;
        Document = document;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    Add(o.Name.StringValue, o, o.Fields?.Items);
                    break;
                case GraphQLObjectTypeExtension o:
                    Add(o.Name.StringValue, o, o.Fields?.Items);
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    Add(i.Name.StringValue, i, i.Fields?.Items);
                    break;
                case GraphQLTypeDefinition t:
                    _types.TryAdd(t.Name.StringValue, t);
                    break;
            }
        }
    }

    /// <summary>"trust", or "node" for the partitioned institution subgraph.</summary>
    public string Name { get; }

    public string Sdl { get; }

    public GraphQLDocument Document { get; }

    /// <summary>Parses <paramref name="sdl"/>; a subgraph whose SDL does not parse is refused with the parser's words.</summary>
    public static SubgraphSchema Parse(string name, string sdl)
    {
        try
        {
            return new SubgraphSchema(name, sdl, Parser.Parse(sdl));
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException ex)
        {
            throw new CompositionException($"The {name} subgraph's SDL does not parse: {ex.Description}");
        }
    }

    public bool HasType(string type) => _types.ContainsKey(type);

    public bool HasField(string type, string field) => _fields.TryGetValue(type, out var fields) && fields.ContainsKey(field);

    public GraphQLFieldDefinition? Field(string type, string field) =>
        _fields.TryGetValue(type, out var fields) && fields.TryGetValue(field, out var definition) ? definition : null;

    /// <summary>
    /// The ID field naming what <paramref name="field"/> refers to, when the type pairs them (<c>mentor</c> with
    /// <c>mentorId</c>): the object field is null when the entity lives at another node, and the ID says which.
    /// </summary>
    public string? ReferenceIdOf(string type, string field)
    {
        var idField = Field(type, field + "Id");
        if (idField is null || SdlText.TypeOf(idField.Type).TrimEnd('!') != "ID") return null;
        var target = Field(type, field);
        return target is not null && target.Type is not GraphQLListType && HasIds(SdlText.NamedTypeOf(target.Type)) ? idField.Name.StringValue : null;
    }

    // An object or interface with an id, or a union of such (a research link's target: a project or an exhibition).
    private bool HasIds(string type) =>
        HasField(type, "id")
        || (_types.GetValueOrDefault(type) is GraphQLUnionTypeDefinition { Types.Items: { Count: > 0 } members } && members.All(m => HasField(m.Name.StringValue, "id")));

    public IReadOnlyCollection<string> FieldsOf(string type) =>
        _fields.TryGetValue(type, out var fields) ? fields.Keys : [];

    private void Add(string type, ASTNode node, List<GraphQLFieldDefinition>? fields)
    {
        _types.TryAdd(type, node);
        if (!_fields.TryGetValue(type, out var index)) _fields[type] = index = new(StringComparer.Ordinal);
        foreach (var field in fields ?? []) index.TryAdd(field.Name.StringValue, field);
    }
}
