using System.Linq.Expressions;
using System.Text.Json;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Paging;

/// <summary>
/// The order of one list request: the sort fields the client chose, then <c>id</c> ascending as the tie-break, so
/// every row has exactly one place. It orders queries, filters them to "after this cursor", and writes cursors.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed class Ordering<T>
{
    private readonly IReadOnlyList<(SortField<T> Field, SortDirection Direction)> _keys;
    private readonly Expression<Func<T, string>> _id;
    private readonly Func<T, string> _readId;

    /// <summary>Creates an ordering.</summary>
    /// <param name="keys">The sort fields in priority order; may be empty (then the order is by id alone).</param>
    /// <param name="id">The entity's key, the final tie-break.</param>
    public Ordering(IReadOnlyList<(SortField<T> Field, SortDirection Direction)> keys, Expression<Func<T, string>> id)
    {
        _keys = keys;
        _id = id;
        _readId = id.Compile();
        Signature = string.Join(',', keys.Select(k => $"{k.Field.Name}:{k.Direction.ToString().ToUpperInvariant()}"));
    }

    /// <summary>A short text naming the sort fields and directions, written into cursors so that a cursor from another order is refused.</summary>
    public string Signature { get; }

    /// <summary>The sort fields and their directions, without the id tie-break.</summary>
    public IReadOnlyList<(SortField<T> Field, SortDirection Direction)> Keys => _keys;

    /// <summary>Sorts <paramref name="query"/> by the keys, then by id.</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> query)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var (field, direction) in _keys)
            ordered = OrderBy(ordered ?? query, field.Selector, direction, first: ordered is null);
        return OrderBy(ordered ?? query, _id, SortDirection.Asc, first: ordered is null);
    }

    /// <summary>Keeps only the rows after <paramref name="cursor"/> in this order.</summary>
    /// <exception cref="BadUserInputException">The cursor is malformed or belongs to another order.</exception>
    public IQueryable<T> After(IQueryable<T> query, string cursor, string argument = "after")
    {
        var (values, id) = Decode(cursor, argument);
        var parameter = _id.Parameters[0];
        Expression? predicate = null;
        Expression? equalSoFar = null;
        for (var i = 0; i <= _keys.Count; i++)
        {
            Expression after, equal;
            if (i < _keys.Count)
            {
                var (field, direction) = _keys[i];
                var left = Rebind(field.Selector, parameter);
                after = KeysetComparison.After(left, values[i], field.KeyType, direction);
                equal = KeysetComparison.EqualTo(left, values[i], field.KeyType);
            }
            else
            {
                after = KeysetComparison.After(_id.Body, id, typeof(string), SortDirection.Asc);
                equal = Expression.Constant(true);
            }
            var term = equalSoFar is null ? after : Expression.AndAlso(equalSoFar, after);
            predicate = predicate is null ? term : Expression.OrElse(predicate, term);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return query.Where(Expression.Lambda<Func<T, bool>>(predicate!, parameter));
    }

    /// <summary>The opaque cursor that resumes after <paramref name="entity"/>.</summary>
    public string CursorOf(T entity)
    {
        var payload = new CursorPayload(Signature, [.. _keys.Select(k => JsonSerializer.SerializeToElement(k.Field.Read(entity), k.Field.KeyType))], _readId(entity));
        return Cursors.Encode(payload);
    }

    private (object[] Values, string Id) Decode(string cursor, string argument)
    {
        var payload = Cursors.Decode(cursor, argument);
        if (payload.Order != Signature || payload.Values.Length != _keys.Count)
            throw new BadUserInputException($"The cursor in '{argument}' was issued for another order; page again from the start with this orderBy.", argument);
        var values = new object[_keys.Count];
        for (var i = 0; i < _keys.Count; i++)
        {
            try
            {
                values[i] = payload.Values[i].Deserialize(_keys[i].Field.KeyType)
                    ?? throw new BadUserInputException($"The cursor in '{argument}' is not valid.", argument);
            }
            catch (JsonException)
            {
                throw new BadUserInputException($"The cursor in '{argument}' is not valid.", argument);
            }
        }
        return (values, payload.Id);
    }

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> query, LambdaExpression key, SortDirection direction, bool first)
    {
        var method = (first, direction) switch
        {
            (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
            (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
            (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
