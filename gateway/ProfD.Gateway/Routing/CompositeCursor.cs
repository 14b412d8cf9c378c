using System.Buffers.Text;
using System.Text.Json;

namespace ProfD.Gateway.Routing;

/// <summary>
/// A cursor over a fanned-out connection: where each node's own cursor stands. Opaque to clients: <c>gw1.</c> and
/// base64url JSON of <c>{institution: node cursor}</c>, so a page resumes every node exactly where it stopped.
/// </summary>
internal static class CompositeCursor
{
    private const string Prefix = "gw1.";

    public static string Encode(IReadOnlyDictionary<string, string> positions) =>
        Prefix + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, string>(positions.ToDictionary(), StringComparer.Ordinal)));

    public static bool TryDecode(string? cursor, out Dictionary<string, string> positions)
    {
        positions = new(StringComparer.Ordinal);
        if (cursor is null || !cursor.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        try
        {
            var decoded = JsonSerializer.Deserialize<Dictionary<string, string>>(Base64Url.DecodeFromChars(cursor.AsSpan(Prefix.Length)));
            if (decoded is null) return false;
            foreach (var pair in decoded) positions[pair.Key] = pair.Value;
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }
}
