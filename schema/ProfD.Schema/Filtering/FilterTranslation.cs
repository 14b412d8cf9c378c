using System.Linq.Expressions;
using System.Reflection;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Schema.Filtering;

/// <summary>
/// Translates ProfD's filter inputs into EF Core <c>Where</c> clauses that mean the same on SQLite and PostgreSQL.
/// A null filter leaves the query as it is.
/// </summary>
public static class FilterTranslation
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    /// <summary>Applies a <see cref="StringFilter"/> to the text field <paramref name="field"/>.</summary>
    public static IQueryable<T> Where<T>(this IQueryable<T> query, Expression<Func<T, string>> field, StringFilter? filter)
    {
        if (filter is null) return query;
        if (filter.Eq is not null) query = query.Where(Compose(field, v => Expression.Equal(v, Value(filter.Eq))));
        if (filter.In is not null) query = query.Where(Compose(field, v => In(v, filter.In)));
        if (!string.IsNullOrEmpty(filter.Contains)) query = query.Where(ContainsIgnoringCase(field, filter.Contains));
        return query;
    }

    /// <summary>Applies an <see cref="IntFilter"/> to the number field <paramref name="field"/>.</summary>
    public static IQueryable<T> Where<T>(this IQueryable<T> query, Expression<Func<T, int>> field, IntFilter? filter)
    {
        if (filter is null) return query;
        if (filter.Eq is { } eq) query = query.Where(Compose(field, v => Expression.Equal(v, Value(eq))));
        if (filter.In is not null) query = query.Where(Compose(field, v => In(v, filter.In)));
        if (filter.Gte is { } gte) query = query.Where(Compose(field, v => Expression.GreaterThanOrEqual(v, Value(gte))));
        if (filter.Lte is { } lte) query = query.Where(Compose(field, v => Expression.LessThanOrEqual(v, Value(lte))));
        return query;
    }

    /// <summary>Applies an <see cref="EnumFilter{TEnum}"/> to the enum field <paramref name="field"/>.</summary>
    public static IQueryable<T> Where<T, TEnum>(this IQueryable<T> query, Expression<Func<T, TEnum>> field, EnumFilter<TEnum>? filter)
        where TEnum : struct, Enum
    {
        if (filter is null) return query;
        if (filter.Eq is { } eq) query = query.Where(Compose(field, v => Expression.Equal(v, Value(eq))));
        if (filter.In is not null) query = query.Where(Compose(field, v => In(v, filter.In)));
        return query;
    }

    /// <summary>
    /// Applies an <see cref="IdFilter"/> to the local-key field <paramref name="field"/> of entities of
    /// <paramref name="type"/> held by <paramref name="institution"/>.
    /// </summary>
    /// <exception cref="BadUserInputException">An ID is malformed or names another type.</exception>
    public static IQueryable<T> Where<T>(this IQueryable<T> query, Expression<Func<T, string>> field, IdFilter? filter, string institution, string type, string argument)
    {
        if (filter is null) return query;
        if (filter.Eq is not null) query = query.Where(Compose(field, v => In(v, LocalKeys([filter.Eq], institution, type, argument))));
        if (filter.In is not null) query = query.Where(Compose(field, v => In(v, LocalKeys(filter.In, institution, type, argument))));
        return query;
    }

    /// <summary>Rows where any of <paramref name="fields"/> contains <paramref name="text"/>, ignoring case.</summary>
    public static IQueryable<T> Search<T>(this IQueryable<T> query, string? text, params Expression<Func<T, string>>[] fields)
    {
        if (string.IsNullOrWhiteSpace(text)) return query;
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? any = null;
        foreach (var field in fields)
        {
            var body = ContainsIgnoringCase(field, text.Trim());
            var rebound = new Rebinder(body.Parameters[0], parameter).Visit(body.Body);
            any = any is null ? rebound : Expression.OrElse(any, rebound);
        }
        return any is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(any, parameter));
    }

    private static List<string> LocalKeys(IEnumerable<string> ids, string institution, string type, string argument)
    {
        var keys = new List<string>();
        foreach (var value in ids)
        {
            var id = GlobalId.Parse(value, argument, type);
            if (id.Institution == institution) keys.Add(id.Key);
        }
        return keys;
    }

    private static Expression<Func<T, bool>> ContainsIgnoringCase<T>(Expression<Func<T, string>> field, string text) =>
        Compose(field, v => Expression.Call(Expression.Call(v, StringToLower), StringContains, Value(text.ToLowerInvariant())));

    private static Expression In<TValue>(Expression value, List<TValue> values) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Value(values), value);

    private static Expression<Func<T, bool>> Compose<T, TField>(Expression<Func<T, TField>> field, Func<Expression, Expression> predicate) =>
        Expression.Lambda<Func<T, bool>>(predicate(field.Body), field.Parameters);

    // A closure member rather than a constant, so EF Core sends a parameter.
    private static Expression Value<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Holder<TValue>(value)), nameof(Holder<TValue>.Value));

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
