using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ProfD.Schema.Http;

/// <summary>The response media types the endpoint speaks, and how it picks one from <c>Accept</c>.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    // Listed in order of preference when the client likes both equally.
    private static readonly string[] Supported = [GraphQLResponseJson, Json];

    /// <summary>
    /// The media type the response should use, or <see langword="null"/> when <paramref name="accept"/> allows
    /// neither (answer <c>406</c>). No <c>Accept</c> header means <c>application/graphql-response+json</c>, as the
    /// spec asks of servers since its 2025-01-01 watershed. Otherwise the higher quality wins; at equal quality a
    /// type named outright beats one matched by a wildcard, then the one listed first wins, and a bare wildcard
    /// (<c>*/*</c>, <c>application/*</c>) gets <c>application/graphql-response+json</c>.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return GraphQLResponseJson;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return null;

        string? best = null;
        var bestRank = (Quality: 0.0, Specificity: 0, Position: 0);
        foreach (var candidate in Supported)
        {
            if (Rank(candidate, ranges) is not { } rank || rank.Quality <= 0) continue;
            if (best is null || IsBetter(rank, bestRank))
            {
                best = candidate;
                bestRank = rank;
            }
        }
        return best;
    }

    private static bool IsBetter((double Quality, int Specificity, int Position) a, (double Quality, int Specificity, int Position) b) =>
        a.Quality != b.Quality ? a.Quality > b.Quality
        : a.Specificity != b.Specificity ? a.Specificity > b.Specificity
        : a.Position < b.Position;

    /// <summary>The quality the client gives <paramref name="mediaType"/>, from the most specific range that matches it.</summary>
    private static (double Quality, int Specificity, int Position)? Rank(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var slash = mediaType.IndexOf('/');
        var type = mediaType[..slash];
        var subType = mediaType[(slash + 1)..];
        (double, int, int)? best = null;
        var bestSpecificity = -1;
        for (var position = 0; position < ranges.Count; position++)
        {
            var range = ranges[position];
            int specificity;
            if (range.MatchesAllTypes) specificity = 0;
            else if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)) continue;
            else if (range.MatchesAllSubTypes) specificity = 1;
            else if (range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase)) specificity = 2;
            else continue;

            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                best = (range.Quality ?? 1.0, specificity, position);
            }
        }
        return best;
    }
}
