using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Exhibitions;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// <c>importExhibition</c>: an exhibition exported from another node (its common-format document) becomes a new DRAFT
/// for a candidate here, in one transaction. Its uploaded media must already be here (<c>POST /media</c>), found by the
/// SHA-256 the document states, so the bytes are the same; its showings and links stay with the original, which the
/// draft names as <see cref="Exhibition.ImportedFrom"/>.
/// </summary>
internal sealed class ExhibitionImporter(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public Task<Exhibition> ImportAsync(string candidateId, string documentJson, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var document = Read(documentJson);
        var original = GlobalId.Parse(document.Id, "document.id", "Exhibition");
        if (original.Institution == institution.Code)
            throw new BadUserInputException($"'{original}' is already {institution.Code}'s; import brings work from another institution.", "document");
        var candidate = await ExhibitionMutations.CandidateReadyForNewExhibitionAsync(db, institution, candidateId, ct);
        if (document.Sections.Count > ExhibitionMutations.MaxSections)
            throw new BadUserInputException($"An exhibition has at most {ExhibitionMutations.MaxSections} sections.", "document.sections");
        if (document.Media.Count > MediaItemMutations.MaxItems)
            throw new BadUserInputException($"An exhibition has at most {MediaItemMutations.MaxItems} media items.", "document.media");

        var now = time.GetUtcNow().UtcDateTime;
        var exhibition = new Exhibition
        {
            Id = LocalKeys.New(time),
            CandidateId = candidate.Id,
            Title = InputRules.Text(document.Title, "document.title", EntityConfiguration.NameLength),
            Abstract = InputRules.OptionalText(document.Abstract, "document.abstract", 4000) ?? "",
            ResearchQuestion = InputRules.OptionalText(document.ResearchQuestion, "document.researchQuestion", 2000),
            Findings = InputRules.OptionalText(document.Findings, "document.findings", InputRules.LongText),
            ConclusionsForPractice = InputRules.OptionalText(document.ConclusionsForPractice, "document.conclusionsForPractice", InputRules.LongText),
            Themes = InputRules.Tags(document.Themes, "document.themes"),
            Languages = InputRules.Tags(document.Languages, "document.languages"),
            Licence = InputRules.Licence(document.Licence, "document.licence"),
            ProvocationIds = InputRules.GlobalIds(document.Provocations, "document.provocations", "Provocation"),
            ImportedFrom = original.ToString(),
            Status = ExhibitionStatus.Draft,
            CurrentVersion = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        exhibition.Versions.Add(new ExhibitionVersion { Id = LocalKeys.New(time), ExhibitionId = exhibition.Id, Number = 1, CreatedAt = now });
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            exhibition.Sections.Add(new ExhibitionSection
            {
                Id = LocalKeys.New(time),
                ExhibitionId = exhibition.Id,
                Position = i,
                Heading = InputRules.Text(section.Heading, $"document.sections[{i}].heading", EntityConfiguration.NameLength),
                Body = InputRules.Text(section.Body, $"document.sections[{i}].body", InputRules.LongText),
            });
        }
        for (var i = 0; i < document.Media.Count; i++) exhibition.Media.Add(await MediaItemAsync(exhibition.Id, i, document.Media[i], now, ct));

        db.Add(exhibition);
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    private static ExhibitionDocument Read(string json)
    {
        try
        {
            return ExhibitionFormat.Deserialize(json);
        }
        catch (ExhibitionFormatException ex)
        {
            throw new BadUserInputException(ex.Message, "document");
        }
    }

    private async Task<MediaItem> MediaItemAsync(string exhibitionId, int position, DocumentMedia media, DateTime now, CancellationToken ct)
    {
        var field = $"document.media[{position}]";
        var item = new MediaItem
        {
            Id = LocalKeys.New(time),
            ExhibitionId = exhibitionId,
            Position = position,
            Kind = Enum.Parse<MediaKind>(media.Kind.ToString()),
            Caption = InputRules.Text(media.Caption, $"{field}.caption", EntityConfiguration.NameLength * 2),
            AltText = InputRules.OptionalText(media.AltText, $"{field}.altText", 2000),
            Transcript = InputRules.OptionalText(media.Transcript, $"{field}.transcript", InputRules.LongText),
            DurationSeconds = media.DurationSeconds,
            ShowsPupils = media.ShowsPupils,
            ConsentRecorded = media.ConsentRecorded,
            CreatedAt = now,
        };
        // A file the home node kept (a path there, not an absolute URL) must have been uploaded here with the same bytes.
        if (media.Sha256 is { } sha256 && !Uri.IsWellFormedUriString(media.Url, UriKind.Absolute))
        {
            var blob = await db.MediaBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == sha256, ct)
                ?? throw new BadUserInputException(
                    $"The file of '{field}' (SHA-256 {sha256}) is not here: upload it to /media first; profd exhibition import does.", field);
            (item.Sha256, item.ContentType, item.SizeBytes) = (blob.Sha256, blob.ContentType, blob.SizeBytes);
        }
        else if (media.Url is not null)
        {
            (item.Url, item.ContentType, item.SizeBytes) = (InputRules.Url(media.Url, $"{field}.url"), media.ContentType, media.SizeBytes);
        }
        try
        {
            MediaItemRules.Check(item);
        }
        catch (BadUserInputException ex)
        {
            throw new BadUserInputException($"'{field}': {ex.Message}", field);
        }
        return item;
    }
}
