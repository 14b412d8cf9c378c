using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProfD.Schema.Credentials;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): object members sorted by their names' UTF-16 code units, no
/// whitespace, strings escaped minimally and numbers written as ECMAScript writes them. Two parties that hold the same
/// JSON value get the same bytes, which is what a signature over JSON needs.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical UTF-8 bytes of <paramref name="node"/> (null is the JSON literal <c>null</c>).</summary>
    /// <exception cref="ArgumentException">A number is not finite.</exception>
    public static byte[] Serialize(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The canonical form of <paramref name="node"/> as a string.</summary>
    public static string ToText(JsonNode? node) => Encoding.UTF8.GetString(Serialize(node));

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) text.Append(',');
                    first = false;
                    WriteString(name, text);
                    text.Append(':');
                    Write(value, text);
                }
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(array[i], text);
                }
                text.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, text);
                break;
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        // Values built in code hold CLR primitives, parsed ones a JsonElement: reading the JSON text treats both alike.
        using var parsed = JsonDocument.Parse(value.ToJsonString());
        var element = parsed.RootElement;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(element.GetString()!, text);
                break;
            case JsonValueKind.Number:
                text.Append(FormatNumber(element.GetDouble()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    // RFC 8785 section 3.2.2.3: numbers are IEEE 754 doubles, written the way ECMAScript's Number.prototype.toString does:
    // the shortest digits that round-trip, in plain notation from 1e-6 up to 1e21 and in exponent notation outside.
    private static string FormatNumber(double number)
    {
        if (!double.IsFinite(number)) throw new ArgumentException("JSON numbers must be finite.", nameof(number));
        if (number == 0) return "0";
        var (negative, digits, exponent) = ShortestDigits(number);
        var sign = negative ? "-" : "";
        // exponent is the power of ten of the first digit: value = 0.d1d2… × 10^(exponent + 1).
        var pointAt = exponent + 1;
        if (pointAt > 21 || pointAt < -5)
        {
            var mantissa = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            return $"{sign}{mantissa}e{(exponent >= 0 ? "+" : "-")}{Math.Abs(exponent)}";
        }
        if (pointAt <= 0) return $"{sign}0.{new string('0', -pointAt)}{digits}";
        if (pointAt >= digits.Length) return $"{sign}{digits}{new string('0', pointAt - digits.Length)}";
        return $"{sign}{digits[..pointAt]}.{digits[pointAt..]}";
    }

    private static (bool Negative, string Digits, int Exponent) ShortestDigits(double number)
    {
        // "E16" is not shortest; "R" is, and always parses as mantissa and exponent once forced to scientific form.
        var text = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        int exponent;
        string mantissa;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            mantissa = text[..e];
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = text;
            exponent = 0;
        }
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point >= 0 ? mantissa[..point] : mantissa;
        var fraction = point >= 0 ? mantissa[(point + 1)..] : "";
        var all = (whole + fraction).TrimStart('0');
        var leadingZeros = (whole + fraction).Length - all.Length;
        // The first significant digit sits at power (whole.Length - 1 - leadingZeros) before applying the exponent.
        exponent += whole.Length - 1 - leadingZeros;
        all = all.TrimEnd('0');
        return (number < 0, all.Length == 0 ? "0" : all, exponent);
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (ch < 0x20) text.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(ch);
                    break;
            }
        }
        text.Append('"');
    }
}
