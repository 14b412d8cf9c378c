namespace ProfD.Schema.Exhibitions;

/// <summary>A link to earlier work anywhere in the federation.</summary>
/// <param name="Relation">How the work relates to the target.</param>
/// <param name="Target">The global ID of a research project or exhibition, possibly at another node.</param>
public sealed record DocumentLink(ExhibitionLinkRelation Relation, string Target);
