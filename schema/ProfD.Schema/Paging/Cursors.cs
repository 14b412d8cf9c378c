using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Paging;

/// <summary>The contents of a cursor: the order it was issued for, the sort values of the last row, and its id.</summary>
internal sealed record CursorPayload(
    [property: JsonPropertyName("o")] string Order,
    [property: JsonPropertyName("v")] JsonElement[] Values,
    [property: JsonPropertyName("id")] string Id);

/// <summary>Cursors are base64url JSON: opaque to clients, readable by the gateway's merge and by people debugging.</summary>
internal static class Cursors
{
    public static string Encode(CursorPayload payload) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));

    public static CursorPayload Decode(string cursor, string argument)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            var payload = JsonSerializer.Deserialize<CursorPayload>(bytes);
            if (payload is { Order: not null, Values: not null, Id: not null }) return payload;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }
        throw new BadUserInputException($"The cursor in '{argument}' is not one this server issued.", argument);
    }
}
