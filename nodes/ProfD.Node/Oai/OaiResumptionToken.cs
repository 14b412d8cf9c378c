using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfD.Node.Oai;

/// <summary>
/// Resumption tokens: the <see cref="OaiListQuery"/> to continue, as base64url JSON. They hold a position in the change
/// sequence, not an offset, so they never expire and a harvest never skips or repeats a record that did not change
/// meanwhile (one that did moves to the end of the list, where the harvest meets it again).
/// </summary>
internal static class OaiResumptionToken
{
    public static string Encode(OaiListQuery query) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(
            query.Verb, query.MetadataPrefix, query.From, query.Until, query.Set, query.After, query.Cursor, query.CompleteListSize ?? 0)));

    /// <exception cref="OaiException">badResumptionToken: not a token this repository issued for <paramref name="verb"/>.</exception>
    public static OaiListQuery Decode(string token, string verb)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(token));
            if (payload is { Verb: not null, Prefix: not null, After: >= 0, Cursor: >= 0, Size: >= 0 } && payload.Verb == verb)
                return new OaiListQuery(payload.Verb, payload.Prefix, payload.From, payload.Until, payload.Set, payload.After, payload.Cursor, payload.Size);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }
        throw new OaiException(OaiErrorCodes.BadResumptionToken, $"'{token}' is not a resumption token this repository issued for {verb}.");
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] string Verb,
        [property: JsonPropertyName("m")] string Prefix,
        [property: JsonPropertyName("f")] string? From,
        [property: JsonPropertyName("u")] string? Until,
        [property: JsonPropertyName("s")] string? Set,
        [property: JsonPropertyName("a")] long After,
        [property: JsonPropertyName("c")] int Cursor,
        [property: JsonPropertyName("n")] int Size);
}
