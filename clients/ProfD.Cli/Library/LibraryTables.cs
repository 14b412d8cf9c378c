using System.Text;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Library;

/// <summary>A library search's data as a person reads it: a line of totals, the hits, then each facet's values and counts.</summary>
internal static class LibraryTables
{
    // In the order a person narrows a search: where, when, what about, in what form.
    private static readonly string[] Facets = ["institution", "nation", "year", "theme", "mediaKind", "language"];

    public static string Render(string text, JsonObject library)
    {
        var edges = library["edges"] as JsonArray ?? [];
        var total = library["totalCount"]?.GetValue<int>() ?? 0;
        var what = text.Length == 0 ? "" : $" match \"{text}\"";
        var result = new StringBuilder();
        result.AppendLine(edges.Count == total ? $"{total} exhibitions{what}." : $"{total} exhibitions{what}; the first {edges.Count}:");
        if (edges.Count > 0)
        {
            var hits = new TextTable("title", "institution", "nation", "year", "id");
            foreach (var edge in edges)
            {
                var node = edge?["node"];
                var record = node?["library"];
                var published = record?["publishedAt"]?.ToString();
                hits.Add(record?["title"]?.ToString(), record?["homeInstitution"]?.ToString(), record?["nation"]?.ToString(),
                    published is { Length: >= 4 } ? published[..4] : null, node?["id"]?.ToString());
            }
            result.AppendLine().Append(hits);
        }

        var facets = new TextTable("facet", "value", "count");
        foreach (var facet in Facets)
        {
            foreach (var value in library["facets"]?[facet] as JsonArray ?? [])
                facets.Add(facet, value?["value"]?.ToString(), value?["count"]?.ToString());
        }
        if (facets.Count > 0) result.AppendLine().Append(facets);
        return result.ToString();
    }
}
