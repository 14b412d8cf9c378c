using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Ids;

/// <summary>
/// A federation-wide ID: <c>{institution}:{type}:{key}</c>, for example <c>uclioe:Exhibition:01JD3V7Q2Y8K5M4N6P9R0S1T2V</c>.
/// The first segment is the home institution's code, which is how the gateway routes by data. IDs are URL-safe and
/// stable forever; clients treat them as opaque strings.
/// </summary>
public readonly partial record struct GlobalId
{
    private GlobalId(string institution, string type, string key)
    {
        Institution = institution;
        Type = type;
        Key = key;
    }

    /// <summary>The home institution's code: lower-case letters, digits and '-', 2 to 32 characters, starting with a letter.</summary>
    public string Institution { get; }

    /// <summary>The GraphQL type name of the entity, for example <c>School</c>.</summary>
    public string Type { get; }

    /// <summary>The key of the entity at its home node: letters, digits, '-' and '_', 1 to 64 characters.</summary>
    public string Key { get; }

    /// <summary>Builds an ID from its parts, refusing parts that would not round-trip.</summary>
    /// <exception cref="ArgumentException">A part is malformed (a programming error, not user input).</exception>
    public static GlobalId Create(string institution, string type, string key)
    {
        if (!InstitutionCode().IsMatch(institution)) throw new ArgumentException($"'{institution}' is not an institution code.", nameof(institution));
        if (!TypeName().IsMatch(type)) throw new ArgumentException($"'{type}' is not a type name.", nameof(type));
        if (!LocalKey().IsMatch(key)) throw new ArgumentException($"'{key}' is not a local key.", nameof(key));
        return new GlobalId(institution, type, key);
    }

    /// <summary>Whether <paramref name="code"/> is a valid institution code.</summary>
    public static bool IsInstitutionCode(string? code) => code is not null && InstitutionCode().IsMatch(code);

    /// <summary>Parses an ID without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out GlobalId id)
    {
        id = default;
        if (value is null || value.Length > 140) return false;
        var parts = value.Split(':');
        if (parts.Length != 3) return false;
        if (!InstitutionCode().IsMatch(parts[0]) || !TypeName().IsMatch(parts[1]) || !LocalKey().IsMatch(parts[2])) return false;
        id = new GlobalId(parts[0], parts[1], parts[2]);
        return true;
    }

    /// <summary>Parses an ID from user input.</summary>
    /// <param name="value">The text the client sent.</param>
    /// <param name="field">The argument or input field it came from, named in the error.</param>
    /// <param name="expectedType">When given, the ID must name an entity of this type.</param>
    /// <exception cref="BadUserInputException">The text is not a ProfD ID, or names another type.</exception>
    public static GlobalId Parse(string? value, string field = "id", string? expectedType = null)
    {
        if (!TryParse(value, out var id))
            throw new BadUserInputException($"'{value}' is not a ProfD ID; IDs look like 'institution:Type:key'.", field);
        if (expectedType is not null && id.Type != expectedType)
            throw new BadUserInputException($"'{value}' is the ID of a {id.Type}, not of a {expectedType}.", field);
        return id;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Institution}:{Type}:{Key}";

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex InstitutionCode();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex TypeName();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex LocalKey();
}
