using System.Linq.Expressions;
using System.Reflection;

namespace ProfD.Schema.Paging;

/// <summary>Builds the "comes after" comparisons of keyset paging as expressions EF Core translates on every engine.</summary>
internal static class KeysetComparison
{
    private static readonly MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly HashSet<Type> Comparable =
    [
        typeof(string), typeof(int), typeof(long), typeof(short), typeof(double), typeof(decimal),
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
    ];

    public static bool Supports(Type type) => Comparable.Contains(type);

    /// <summary><paramref name="left"/> is strictly after <paramref name="value"/> in <paramref name="direction"/>.</summary>
    public static Expression After(Expression left, object value, Type type, SortDirection direction)
    {
        var right = Parameter(value, type);
        if (type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, left, right);
            var zero = Expression.Constant(0);
            return direction == SortDirection.Asc ? Expression.GreaterThan(compare, zero) : Expression.LessThan(compare, zero);
        }
        return direction == SortDirection.Asc ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }

    public static Expression EqualTo(Expression left, object value, Type type) => Expression.Equal(left, Parameter(value, type));

    // A member of a closure object, not a constant: EF Core sends it as a SQL parameter, so plans are reused.
    private static Expression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class ValueHolder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
