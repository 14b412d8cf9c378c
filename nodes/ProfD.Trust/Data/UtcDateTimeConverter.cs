using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ProfD.Trust.Data;

/// <summary>
/// Stores a <see cref="DateTime"/> as UTC and reads it back with <see cref="DateTimeKind.Utc"/>, on both engines. A
/// local time is converted; an unspecified one is taken to be UTC already, as everything the trust writes is.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToUtc(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
