using System.Globalization;
using System.Text.Json;
using ProfD.Trust.Registry;

namespace ProfD.Trust.Dashboard;

/// <summary>
/// The figures that only an institution's node holds (candidates by stage, awards and how long they took), asked of
/// the node's GraphQL API at request time, within the node timeout. The harvest does not carry candidates.
/// </summary>
internal sealed class NodeFigures(NodeClient client)
{
    public static readonly string[] Stages = ["ENROLLED", "RESEARCHING", "EXHIBITING", "AWARDED", "WITHDRAWN"];

    private static readonly string StageQuery =
        "{ " + string.Join(' ', Stages.Select(s => $"{s.ToLowerInvariant()}: candidates(first: 0, where: {{ stage: {{ eq: {s} }} }}) {{ totalCount }}")) + " }";

    private const string AwardQuery =
        "query($after: String) { candidates(first: 100, after: $after, where: { stage: { eq: AWARDED } }) { nodes { enrolledAt award { awardedAt revoked } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>At most this many pages of awarded candidates per node per request.</summary>
    public const int MaxAwardPages = 20;

    public async Task<LiveFigures> FetchAsync(string endpoint, CancellationToken ct)
    {
        var stages = await client.QueryAsync(endpoint, StageQuery, null, ct);
        var byStage = Stages.ToDictionary(s => s, s => stages.GetProperty(s.ToLowerInvariant()).GetProperty("totalCount").GetInt32());
        var awards = new List<(DateTime EnrolledAt, DateTime AwardedAt)>();
        string? after = null;
        for (var page = 0; page < MaxAwardPages; page++)
        {
            var data = await client.QueryAsync(endpoint, AwardQuery, new { after }, ct);
            var candidates = data.GetProperty("candidates");
            foreach (var candidate in candidates.GetProperty("nodes").EnumerateArray())
            {
                if (candidate.GetProperty("award") is not { ValueKind: JsonValueKind.Object } award || award.GetProperty("revoked").GetBoolean()) continue;
                awards.Add((Parse(candidate.GetProperty("enrolledAt")), Parse(award.GetProperty("awardedAt"))));
            }
            var info = candidates.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
        }
        return new LiveFigures(byStage, awards);
    }

    private static DateTime Parse(JsonElement value) =>
        DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}

/// <summary>What one node reported: candidates per stage, and each standing award with its candidate's enrolment.</summary>
internal sealed record LiveFigures(IReadOnlyDictionary<string, int> CandidatesByStage, IReadOnlyList<(DateTime EnrolledAt, DateTime AwardedAt)> Awards);
