using ProfD.Schema.Paging;
using ProfD.Schema.Paging.GraphTypes;

namespace ProfD.Trust.Accreditation;

internal static class AccreditationSorting
{
    public static readonly SortCatalog<MentorAccreditation> Catalog = new(
        a => a.Id,
        [OrderBy.Desc("ACCREDITED_UNTIL")],
        SortField<MentorAccreditation>.Create("ACCREDITED_UNTIL", a => a.AccreditedUntil),
        SortField<MentorAccreditation>.Create("CREATED_AT", a => a.CreatedAt));
}

internal static class MentorSorting
{
    public static readonly SortCatalog<MentorEntry> Catalog = new(
        e => e.Id,
        [OrderBy.Asc("NAME")],
        SortField<MentorEntry>.Create("NAME", e => e.Name),
        SortField<MentorEntry>.Create("SPARE_CAPACITY", e => e.SpareCapacity),
        SortField<MentorEntry>.Create("ACCREDITED_UNTIL", e => e.AccreditedUntil));
}

internal sealed class MentorAccreditationOrderFieldGraphType() : SortFieldGraphType<MentorAccreditation>(AccreditationSorting.Catalog, "Fields accreditations can be ordered by.");

internal sealed class MentorOrderFieldGraphType() : SortFieldGraphType<MentorEntry>(MentorSorting.Catalog, "Fields the mentor directory can be ordered by.");
