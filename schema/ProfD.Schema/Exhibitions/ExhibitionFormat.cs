using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ProfD.Schema.Exhibitions;

/// <summary>
/// Reads and writes <see cref="ExhibitionDocument"/>s as JSON in the common format: camelCase names, enum values in
/// upper snake case (<c>BUILDS_ON</c>), dates as ISO 8601, and absent values left out. Documents of any 1.x version are
/// read (names a later minor version adds are ignored); other major versions are refused.
/// </summary>
public static partial class ExhibitionFormat
{
    /// <summary>The format this code writes: <c>exhibition-format/1.0</c>.</summary>
    public const string Version = "exhibition-format/1.0";

    /// <summary>The licence of an exhibition that names none: <c>CC-BY-4.0</c>.</summary>
    public const string DefaultLicence = "CC-BY-4.0";

    /// <summary>The major version this code reads.</summary>
    public const int MajorVersion = 1;

    /// <summary>The serializer settings of the format, for callers that embed documents in other JSON.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    /// <summary>The document as compact JSON.</summary>
    public static string Serialize(ExhibitionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, SerializerOptions);
    }

    /// <summary>Reads a document in the common format.</summary>
    /// <exception cref="ExhibitionFormatException">
    /// The text is not JSON, names no format or another major version, or lacks a required member.
    /// </exception>
    public static ExhibitionDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using (var probe = JsonDocument.Parse(json))
            {
                if (probe.RootElement.ValueKind != JsonValueKind.Object)
                    throw new ExhibitionFormatException("An exhibition document is a JSON object.");
                if (!probe.RootElement.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String)
                    throw new ExhibitionFormatException($"The document names no format; expected \"{Version}\".");
                EnsureReadable(format.GetString()!);
            }
            return JsonSerializer.Deserialize<ExhibitionDocument>(json, SerializerOptions)
                ?? throw new ExhibitionFormatException("An exhibition document is a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new ExhibitionFormatException($"Not a valid exhibition document: {ex.Message}", ex);
        }
    }

    /// <summary>Whether this code can read documents of <paramref name="format"/> (any <c>exhibition-format/1.x</c>).</summary>
    public static bool CanRead(string? format)
    {
        if (format is null) return false;
        var match = FormatName().Match(format);
        return match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == MajorVersion;
    }

    private static void EnsureReadable(string format)
    {
        if (!FormatName().IsMatch(format))
            throw new ExhibitionFormatException($"'{format}' is not an exhibition format name; expected \"{Version}\".");
        if (!CanRead(format))
            throw new ExhibitionFormatException($"'{format}' is a later major version than this software reads ({Version}).");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    [GeneratedRegex("^exhibition-format/([0-9]+)\\.([0-9]+)$")]
    private static partial Regex FormatName();
}
