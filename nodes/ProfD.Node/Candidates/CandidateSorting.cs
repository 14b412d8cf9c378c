using ProfD.Schema.Paging;

namespace ProfD.Node.Candidates;

internal static class CandidateSorting
{
    public static readonly SortCatalog<Candidate> Catalog = new(
        c => c.Id,
        [OrderBy.Asc("ENROLLED_AT")],
        SortField<Candidate>.Create("ENROLLED_AT", c => c.EnrolledAt),
        SortField<Candidate>.Create("CREATED_AT", c => c.CreatedAt));
}
