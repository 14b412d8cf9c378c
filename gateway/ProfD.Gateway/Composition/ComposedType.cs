namespace ProfD.Gateway.Composition;

/// <summary>One type of the composed public schema, merged from every subgraph that defines it.</summary>
internal sealed class ComposedType(string name, string kind, string? description)
{
    public string Name { get; } = name;

    /// <summary>The SDL keyword: type, interface, enum, input, union or scalar.</summary>
    public string Kind { get; } = kind;

    public string? Description { get; set; } = description;

    public List<string> Interfaces { get; } = [];

    public List<ComposedField> Fields { get; } = [];

    public List<ComposedEnumValue> EnumValues { get; } = [];

    public List<string> Members { get; } = [];

    public ComposedField? Field(string name) => Fields.Find(f => f.Name == name);
}

internal sealed record ComposedEnumValue(string Name, string? Description, string? Deprecation);

internal sealed class ComposedField(string name, string? description, string typeText, string namedType, Owner owner)
{
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public string TypeText { get; } = typeText;
    public string NamedType { get; } = namedType;
    public Owner Owner { get; } = owner;
    public string? Deprecation { get; init; }
    public List<ComposedArgument> Arguments { get; } = [];
}

internal sealed record ComposedArgument(string Name, string? Description, string TypeText, string? DefaultText);
