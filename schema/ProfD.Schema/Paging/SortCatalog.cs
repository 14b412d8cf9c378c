using System.Linq.Expressions;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Paging;

/// <summary>
/// The fields one entity's lists can be ordered by, and how to turn a client's <c>orderBy</c> into an
/// <see cref="Ordering{T}"/>. Declare one per entity, as a static, and build its GraphQL enum from it.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed class SortCatalog<T>
{
    private readonly Dictionary<string, SortField<T>> _fields;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="id">The entity's key: the tie-break of every order.</param>
    /// <param name="defaultOrder">The order when the client gives none.</param>
    /// <param name="fields">Every sortable field.</param>
    public SortCatalog(Expression<Func<T, string>> id, IReadOnlyList<OrderBy> defaultOrder, params SortField<T>[] fields)
    {
        Id = id;
        DefaultOrder = defaultOrder;
        Fields = fields;
        _fields = fields.ToDictionary(f => f.Name);
    }

    /// <summary>The entity's key.</summary>
    public Expression<Func<T, string>> Id { get; }

    /// <summary>Every sortable field.</summary>
    public IReadOnlyList<SortField<T>> Fields { get; }

    /// <summary>The order when the client gives none.</summary>
    public IReadOnlyList<OrderBy> DefaultOrder { get; }

    /// <summary>The ordering for a client's <c>orderBy</c> (null or empty: <see cref="DefaultOrder"/>).</summary>
    /// <exception cref="BadUserInputException">A field is unknown or named twice.</exception>
    public Ordering<T> Resolve(IReadOnlyList<OrderBy>? orderBy)
    {
        var chosen = orderBy is { Count: > 0 } ? orderBy : DefaultOrder;
        var keys = new List<(SortField<T>, SortDirection)>();
        foreach (var order in chosen)
        {
            if (!_fields.TryGetValue(order.Field, out var field))
                throw new BadUserInputException($"'{order.Field}' is not a field this list can be ordered by.", "orderBy");
            if (keys.Any(k => k.Item1 == field))
                throw new BadUserInputException($"'{order.Field}' appears twice in orderBy.", "orderBy");
            keys.Add((field, order.Direction));
        }
        return new Ordering<T>(keys, Id);
    }
}

/// <summary>One entry of a client's <c>orderBy</c>: a field name and a direction.</summary>
public sealed class OrderBy
{
    /// <summary>The sort field's name, for example <c>TITLE</c>.</summary>
    public string Field { get; set; } = "";

    /// <summary>Ascending unless told otherwise.</summary>
    public SortDirection Direction { get; set; } = SortDirection.Asc;

    /// <summary>Shorthand for code.</summary>
    public static OrderBy Asc(string field) => new() { Field = field };

    /// <summary>Shorthand for code.</summary>
    public static OrderBy Desc(string field) => new() { Field = field, Direction = SortDirection.Desc };
}
