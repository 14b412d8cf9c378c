using System.Globalization;

namespace ProfD.Trust.Tests.Infrastructure.FeedNode;

/// <summary>
/// What a feed node serves: its code and an ordered list of changes the test appends to. Each change carries the
/// record's public state as the node would report it (null once gone).
/// </summary>
public sealed class FeedNodeState(string code)
{
    private readonly List<Dictionary<string, object?>> changes = [];
    private readonly Lock gate = new();
    private long sequence;

    public string Code { get; } = code;

    public static readonly DateTime Epoch = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public string IdOf(string type, string key) => $"{Code}:{type}:{key}";

    public void School(string key, string name, string nation, string economy, string operation = "UPSERT") =>
        Add("SCHOOL", IdOf("School", key), operation, school: operation == "DELETE" ? null : new Dictionary<string, object?>
        {
            ["id"] = IdOf("School", key), ["name"] = name, ["nation"] = nation, ["economy"] = economy, ["city"] = "Testville",
        });

    public void Exhibition(
        string key, string title, string @abstract, string status = "PUBLISHED", string[]? themes = null, string[]? languages = null,
        string nation = "GB", string[]? media = null, (string Relation, string Target)[]? buildsOn = null, string? projectKey = null,
        (string Relation, string Target)[]? projectBuildsOn = null, string? findings = null, string[]? provocations = null,
        int publishedYear = 2025, string operation = "UPSERT")
    {
        var id = IdOf("Exhibition", key);
        Add("EXHIBITION", id, operation, exhibition: operation == "DELETE" ? null : new Dictionary<string, object?>
        {
            ["id"] = id,
            ["title"] = title,
            ["abstract"] = @abstract,
            ["themes"] = (themes ?? []).ToList(),
            ["languages"] = (languages ?? ["en"]).ToList(),
            ["licence"] = "CC-BY-4.0",
            ["publishedAt"] = status == "PUBLISHED" ? new DateTime(publishedYear, 3, 1, 0, 0, 0, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : null,
            ["status"] = status,
            ["media"] = (media ?? ["VIDEO"]).Select(m => (object?)new Dictionary<string, object?> { ["kind"] = m }).ToList(),
            ["authorName"] = "Ada Author",
            ["school"] = new Dictionary<string, object?> { ["id"] = IdOf("School", "S1"), ["nation"] = nation },
            ["buildsOn"] = Links(buildsOn),
            ["provocationIds"] = (provocations ?? []).ToList(),
            ["project"] = projectKey is null ? null : new Dictionary<string, object?>
            {
                ["id"] = IdOf("ResearchProject", projectKey), ["findings"] = findings, ["buildsOn"] = Links(projectBuildsOn),
            },
        });
    }

    public void Mentor(string key, string name, bool offers, int capacity, string[] languages, string operation = "UPSERT") =>
        Add("MENTOR", IdOf("Teacher", key), operation, mentor: operation == "DELETE" ? null : new Dictionary<string, object?>
        {
            ["id"] = IdOf("Teacher", key), ["displayName"] = name, ["languages"] = languages.ToList(), ["subjects"] = new List<string> { "science" },
            ["offersMentoring"] = offers, ["mentorCapacity"] = capacity, ["bio"] = "Teaches.",
            ["school"] = new Dictionary<string, object?> { ["id"] = IdOf("School", "S1"), ["nation"] = "GB" },
        });

    /// <summary>How many changes the feed holds.</summary>
    public int Count
    {
        get { lock (gate) return changes.Count; }
    }

    public Dictionary<string, object?> Page(string? after, int first)
    {
        lock (gate)
        {
            var from = after is null ? 0 : long.Parse(after, CultureInfo.InvariantCulture);
            var page = changes.Where(c => (long)c["sequence"]! > from).Take(first).ToList();
            var hasMore = changes.Any(c => (long)c["sequence"]! > from) && changes.Count(c => (long)c["sequence"]! > from) > page.Count;
            return new Dictionary<string, object?>
            {
                ["changes"] = page,
                ["endCursor"] = page.Count > 0 ? page[^1]["cursor"] : after,
                ["hasMore"] = hasMore,
            };
        }
    }

    private void Add(string type, string id, string operation, Dictionary<string, object?>? school = null, Dictionary<string, object?>? exhibition = null, Dictionary<string, object?>? mentor = null)
    {
        lock (gate)
        {
            var seq = ++sequence;
            changes.Add(new Dictionary<string, object?>
            {
                ["sequence"] = seq,
                ["cursor"] = seq.ToString(CultureInfo.InvariantCulture),
                ["entityType"] = type,
                ["entityId"] = id,
                ["operation"] = operation,
                ["changedAt"] = Epoch.AddMinutes(seq).ToString("O", CultureInfo.InvariantCulture),
                ["school"] = school,
                ["exhibition"] = exhibition,
                ["mentor"] = mentor,
            });
        }
    }

    private static List<object?> Links((string Relation, string Target)[]? links) =>
        [.. (links ?? []).Select(l => (object?)new Dictionary<string, object?> { ["relation"] = l.Relation, ["targetId"] = l.Target })];
}
