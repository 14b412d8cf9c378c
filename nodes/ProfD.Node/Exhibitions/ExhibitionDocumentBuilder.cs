using ProfD.Schema.Exhibitions;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>Turns an exhibition's rows into the common format (<see cref="ExhibitionDocument"/>), the one place that mapping lives.</summary>
internal static class ExhibitionDocumentBuilder
{
    public static ExhibitionDocument Build(string institution, ExhibitionParts parts)
    {
        var e = parts.Exhibition;
        return new ExhibitionDocument
        {
            Id = GlobalId.Create(institution, "Exhibition", e.Id).ToString(),
            Institution = institution,
            Version = parts.Version,
            SubmittedAt = parts.SubmittedAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
            Author = parts.AuthorName is null ? null : new DocumentAuthor(GlobalId.Create(institution, "Candidate", e.CandidateId).ToString(), parts.AuthorName),
            Title = e.Title,
            Abstract = NullIfEmpty(e.Abstract),
            ResearchQuestion = NullIfEmpty(e.ResearchQuestion),
            Sections = [.. parts.Sections.OrderBy(s => s.Position).Select(s => new DocumentSection(s.Heading, s.Body))],
            Findings = NullIfEmpty(e.Findings),
            ConclusionsForPractice = NullIfEmpty(e.ConclusionsForPractice),
            Themes = [.. e.Themes],
            Languages = [.. e.Languages],
            Licence = e.Licence,
            Provocations = [.. e.ProvocationIds],
            BuildsOn = [.. parts.BuildsOn.OrderBy(l => l.CreatedAt).ThenBy(l => l.Id, StringComparer.Ordinal)
                .Select(l => new DocumentLink(Enum.Parse<ExhibitionLinkRelation>(l.Relation.ToString()), l.TargetId))],
            Media = [.. parts.Media.OrderBy(m => m.Position).Select(m => Media(institution, m))],
            Showings = [.. parts.Showings.OrderBy(s => s.HeldOn).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => new DocumentShowing(s.SchoolId, s.HeldOn, s.Venue, s.Audience))],
        };
    }

    /// <summary>The JSON of <see cref="Build"/>.</summary>
    public static string Json(string institution, ExhibitionParts parts) => ExhibitionFormat.Serialize(Build(institution, parts));

    private static DocumentMedia Media(string institution, MediaItem m) => new()
    {
        Kind = Enum.Parse<ExhibitionMediaKind>(m.Kind.ToString()),
        Caption = m.Caption,
        AltText = m.AltText,
        Transcript = m.Transcript,
        DurationSeconds = m.DurationSeconds,
        SizeBytes = m.SizeBytes,
        Sha256 = m.Sha256,
        ContentType = m.ContentType,
        // An uploaded file is served by its home node at /media/{mediaId}.
        Url = m.Url ?? (m.Sha256 is null ? null : $"/media/{GlobalId.Create(institution, MediaId.Type, m.Sha256)}"),
        ShowsPupils = m.ShowsPupils,
        ConsentRecorded = m.ConsentRecorded,
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
