using System.Globalization;
using System.Text.Json;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Harvesting;

/// <summary>One page of a node's change feed, read from the node's answer and checked against the contract.</summary>
internal sealed record ChangeFeedPage(IReadOnlyList<FeedChange> Changes, string? EndCursor, bool HasMore)
{
    /// <summary>Reads the <c>data</c> of <see cref="ChangeFeedQuery"/>.</summary>
    /// <exception cref="NodeCallException">The answer does not fit the change feed contract.</exception>
    public static ChangeFeedPage Read(JsonElement data, string endpoint)
    {
        try
        {
            var feed = data.GetProperty("changes");
            var changes = feed.GetProperty("changes").EnumerateArray().Select(ReadChange).ToList();
            var endCursor = feed.TryGetProperty("endCursor", out var end) && end.ValueKind == JsonValueKind.String ? end.GetString() : null;
            return new ChangeFeedPage(changes, endCursor, feed.GetProperty("hasMore").GetBoolean());
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new NodeCallException($"{endpoint} answered with a change feed that does not fit the contract: {ex.Message}", ex);
        }
    }

    private static FeedChange ReadChange(JsonElement change) => new(
        change.GetProperty("sequence").GetInt64(),
        change.GetProperty("cursor").GetString() ?? throw new FormatException("a change has no cursor"),
        change.GetProperty("entityType").GetString() ?? throw new FormatException("a change has no entityType"),
        change.GetProperty("entityId").GetString() ?? throw new FormatException("a change has no entityId"),
        change.GetProperty("operation").GetString() ?? throw new FormatException("a change has no operation"),
        DateTime.Parse(change.GetProperty("changedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        Object(change, "school"),
        Object(change, "exhibition"),
        Object(change, "mentor"));

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;
}

/// <summary>One change: which record, what happened, and the record's current public state (null once gone).</summary>
internal sealed record FeedChange(
    long Sequence, string Cursor, string EntityType, string EntityId, string Operation, DateTime ChangedAt,
    JsonElement? School, JsonElement? Exhibition, JsonElement? Mentor)
{
    public bool IsDelete => Operation == "DELETE";
}
