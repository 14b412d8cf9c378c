namespace ProfD.Gateway.Routing;

/// <summary>One ordering of a fanned-out connection: the field (as the node's order enum names it) and its direction.</summary>
internal sealed record SortKey(string EnumValue, string? FieldName, bool Descending)
{
    /// <summary><c>PUBLISHED_AT</c> → <c>publishedAt</c>: the convention every node's order enums follow.</summary>
    public static string FieldNameOf(string enumValue)
    {
        var parts = enumValue.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>Compares two values of a sort field as the nodes order them: nulls first, text ordinally, numbers by value.</summary>
    public static int Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (bool x, bool y) => x.CompareTo(y),
        _ when IsNumber(a) && IsNumber(b) => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(a.ToString(), b.ToString()),
    };

    private static bool IsNumber(object value) => value is int or long or double or decimal;
}
