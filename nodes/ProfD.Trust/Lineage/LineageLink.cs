using ProfD.Trust.Federation;

namespace ProfD.Trust.Lineage;

/// <summary>One step of lineage: how a work relates to <see cref="Id"/>, the work at the other end.</summary>
internal sealed record LineageLink(LinkRelation Relation, string Id, string Via, ExhibitionReference? Exhibition, DateTime HarvestedAt)
{
    public string HomeInstitution => Id.Split(':')[0];
}

/// <summary>The lineage of one work, as the root field <c>lineage</c> returns it.</summary>
internal sealed record LineageOf(string Id);
