using System.Collections;
using System.Reflection;

namespace ProfD.Node.Tests.Data;

/// <summary>Compares the stored fields of two entities: every property that is not a navigation.</summary>
internal static class EntityAssert
{
    public static void StoredFieldsEqual<T>(T expected, T actual)
    {
        Assert.NotNull(actual);
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!IsStored(property.PropertyType)) continue;
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            if (want is IEnumerable wantList and not string)
            {
                Assert.True(((IEnumerable)got!).Cast<object>().SequenceEqual(wantList.Cast<object>()), $"{typeof(T).Name}.{property.Name} differs.");
                continue;
            }
            Assert.True(Equals(want, got), $"{typeof(T).Name}.{property.Name}: expected {want}, got {got}.");
            if (got is DateTime date)
                Assert.True(date.Kind == DateTimeKind.Utc, $"{typeof(T).Name}.{property.Name} came back as {date.Kind}, not UTC.");
        }
    }

    private static bool IsStored(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(DateTime)
            || underlying == typeof(decimal) || underlying == typeof(List<string>);
    }
}
