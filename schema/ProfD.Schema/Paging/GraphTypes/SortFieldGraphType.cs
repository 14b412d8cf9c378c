using GraphQL.Types;

namespace ProfD.Schema.Paging.GraphTypes;

/// <summary>
/// The enum of an entity's sort fields, built from its <see cref="SortCatalog{T}"/>; subclass it once per entity as
/// <c>{Entity}OrderFieldGraphType</c>. Each value's name is the sort field's name and names a field of the type.
/// </summary>
public abstract class SortFieldGraphType<T> : EnumerationGraphType
{
    /// <summary>Adds one value per sort field.</summary>
    protected SortFieldGraphType(SortCatalog<T> catalog, string description)
    {
        Name = GetType().Name.Replace("GraphType", "", StringComparison.Ordinal);
        Description = description;
        foreach (var field in catalog.Fields) Add(field.Name, field.Name);
    }
}
