using System.Linq.Expressions;

namespace ProfD.Schema.Paging;

/// <summary>
/// A field a list can be ordered by: its GraphQL name (for example <c>TITLE</c>) and the entity property behind it.
/// Keys must not be nullable, so that keyset paging can compare them.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed class SortField<T>
{
    private SortField(string name, LambdaExpression selector, Type keyType, Func<T, object> read)
    {
        Name = name;
        Selector = selector;
        KeyType = keyType;
        Read = read;
    }

    /// <summary>The enum value clients send, for example <c>TITLE</c>.</summary>
    public string Name { get; }

    /// <summary>The property, as an expression EF Core can translate.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>The property's CLR type: string, a number, DateTime or DateOnly.</summary>
    public Type KeyType { get; }

    /// <summary>Reads the key from a loaded entity, for cursors.</summary>
    public Func<T, object> Read { get; }

    /// <summary>Defines a sort field.</summary>
    /// <exception cref="ArgumentException">The key type is nullable, or one keyset paging cannot compare.</exception>
    public static SortField<T> Create<TKey>(string name, Expression<Func<T, TKey>> selector)
        where TKey : notnull
    {
        var type = typeof(TKey);
        if (Nullable.GetUnderlyingType(type) is not null || !KeysetComparison.Supports(type))
            throw new ArgumentException($"Sort field {name} has type {type.Name}, which keyset paging cannot compare.", nameof(selector));
        var compiled = selector.Compile();
        return new SortField<T>(name, selector, type, entity => compiled(entity));
    }
}
