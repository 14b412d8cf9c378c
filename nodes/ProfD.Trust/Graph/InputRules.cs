using System.Net.Mail;
using ProfD.Schema.Errors;
using ProfD.Schema.Nations;

namespace ProfD.Trust.Graph;

/// <summary>Checks on mutation input; each failure is BAD_USER_INPUT naming the field, before anything is written.</summary>
internal static class InputRules
{
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
}
