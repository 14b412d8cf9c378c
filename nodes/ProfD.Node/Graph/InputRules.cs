using System.Net.Mail;
using System.Text.RegularExpressions;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Schema.Nations;

namespace ProfD.Node.Graph;

/// <summary>Checks on mutation input; each failure is BAD_USER_INPUT naming the field, before anything is written.</summary>
internal static partial class InputRules
{
    /// <summary>The longest free text a field takes (a section body, a report): 100,000 characters.</summary>
    public const int LongText = 100_000;

    public static string Text(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new BadUserInputException($"'{field}' must not be empty.", field);
        if (trimmed.Length > maxLength) throw new BadUserInputException($"'{field}' must be at most {maxLength} characters.", field);
        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength = 200) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static string Nation(string? value, string field)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (!Iso3166.IsCode(code)) throw new BadUserInputException($"'{value}' in '{field}' is not an ISO 3166-1 alpha-2 nation code such as GB or UG.", field);
        return code!;
    }

    public static string Email(string? value, string field)
    {
        var text = Text(value, field, 254);
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal))
            throw new BadUserInputException($"'{value}' in '{field}' is not an email address.", field);
        return text.ToLowerInvariant();
    }

    public static int Year(int value, string field)
    {
        if (value is < 2000 or > 2100) throw new BadUserInputException($"'{field}' must be a year between 2000 and 2100; it was {value}.", field);
        return value;
    }

    public static List<string> Tags(IEnumerable<string>? values, string field, int maxCount = 20)
    {
        var list = (values ?? []).Select(v => Text(v, field, 60)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count > maxCount) throw new BadUserInputException($"'{field}' takes at most {maxCount} entries.", field);
        return list;
    }

    /// <summary>Global IDs of <paramref name="type"/> at any institution, each well-formed, without repeats.</summary>
    public static List<string> GlobalIds(IEnumerable<string>? values, string field, string type, int maxCount = 50)
    {
        var list = (values ?? []).Select(v => GlobalId.Parse(v?.Trim(), field, type).ToString()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > maxCount) throw new BadUserInputException($"'{field}' takes at most {maxCount} entries.", field);
        return list;
    }

    /// <summary>An absolute http or https URL.</summary>
    public static string Url(string? value, string field)
    {
        var text = Text(value, field, 2048);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new BadUserInputException($"'{value}' in '{field}' is not an absolute http or https URL.", field);
        return text;
    }

    /// <summary>A licence as an SPDX identifier, for example CC-BY-4.0.</summary>
    public static string Licence(string? value, string field)
    {
        var text = Text(value, field, 64);
        if (!SpdxIdentifier().IsMatch(text))
            throw new BadUserInputException($"'{value}' in '{field}' is not an SPDX licence identifier such as CC-BY-4.0.", field);
        return text;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$")]
    private static partial Regex SpdxIdentifier();
}
