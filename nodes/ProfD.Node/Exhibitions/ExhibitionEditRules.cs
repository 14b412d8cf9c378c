using ProfD.Schema.Errors;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// When an exhibition's content may change: only while its current version is a draft — a new exhibition (DRAFT), or a
/// new version started for corrections while it is UNDER_ADJUDICATION. A submitted version is frozen for good.
/// </summary>
internal static class ExhibitionEditRules
{
    /// <summary>The exhibition's current version; <see cref="Exhibition.Versions"/> must be loaded.</summary>
    public static ExhibitionVersion CurrentVersion(Exhibition exhibition) =>
        exhibition.Versions.SingleOrDefault(v => v.Number == exhibition.CurrentVersion)
            ?? throw new InvalidOperationException($"Exhibition {exhibition.Id} has no version {exhibition.CurrentVersion}.");

    /// <summary>Whether the current version is a draft in a state that allows editing.</summary>
    public static bool IsEditable(Exhibition exhibition, ExhibitionVersion current) =>
        current.SubmittedAt is null && exhibition.Status is ExhibitionStatus.Draft or ExhibitionStatus.UnderAdjudication;

    /// <exception cref="ConflictException">The current version has been submitted, or the exhibition is past adjudication.</exception>
    public static void EnsureEditable(Exhibition exhibition)
    {
        var current = CurrentVersion(exhibition);
        if (IsEditable(exhibition, current)) return;
        if (current.SubmittedAt is { } submitted)
            throw new ConflictException($"Version {current.Number} of the exhibition was submitted on {submitted:yyyy-MM-dd} and is frozen; "
                + "it can change only in a new version, which is started when the panel asks for corrections or resubmission.");
        throw new ConflictException($"The exhibition is {Name(exhibition.Status)} and can no longer change.");
    }

    public static string Name(ExhibitionStatus status) => status switch
    {
        ExhibitionStatus.UnderAdjudication => "UNDER_ADJUDICATION",
        _ => status.ToString().ToUpperInvariant(),
    };
}
