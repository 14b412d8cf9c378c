using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Node.Candidates;

internal sealed class CandidateOrderFieldGraphType() : SortFieldGraphType<Candidate>(CandidateSorting.Catalog, "Fields candidates can be ordered by.");
