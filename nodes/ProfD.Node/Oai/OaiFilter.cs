namespace ProfD.Node.Oai;

/// <summary>Selective harvesting: datestamps from (inclusive) and before (exclusive), and the themes of a set (null: no set).</summary>
internal sealed record OaiFilter(DateTime? From, DateTime? Before, IReadOnlyList<string>? Themes);
