using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>Adding, changing, removing and reordering the pieces of an exhibition's draft.</summary>
internal sealed class MediaItemMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public const int MaxItems = 200;

    public Task<MediaItem> AddAsync(string exhibitionId, MediaItemInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await EditableAsync(exhibitionId, "exhibitionId", ct);
        if (input.Kind is null) throw new BadUserInputException("'input.kind' is required.", "input.kind");
        if (exhibition.Media.Count >= MaxItems) throw new ConflictException($"An exhibition has at most {MaxItems} media items.");
        var now = time.GetUtcNow().UtcDateTime;
        var item = new MediaItem
        {
            Id = LocalKeys.New(time),
            ExhibitionId = exhibition.Id,
            Position = exhibition.Media.Count == 0 ? 0 : exhibition.Media.Max(m => m.Position) + 1,
            Kind = input.Kind.Value,
            Caption = InputRules.Text(input.Caption, "input.caption", EntityConfiguration.NameLength * 2),
            CreatedAt = now,
        };
        await ApplyAsync(item, input, ct);
        MediaItemRules.Check(item);
        db.Add(item);
        exhibition.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return item;
    }, ct);

    public Task<MediaItem> UpdateAsync(string id, MediaItemInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var item = await db.FindByGlobalIdAsync<MediaItem>(institution, id, "MediaItem", "id", ct);
        var exhibition = await EditableAsync(institution.GlobalIdOf("Exhibition", item.ExhibitionId), "id", ct);
        if (input.Kind is { } kind) item.Kind = kind;
        if (input.Caption is not null) item.Caption = InputRules.Text(input.Caption, "input.caption", EntityConfiguration.NameLength * 2);
        await ApplyAsync(item, input, ct);
        MediaItemRules.Check(item);
        exhibition.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return item;
    }, ct);

    public Task<Exhibition> RemoveAsync(string id, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var item = await db.FindByGlobalIdAsync<MediaItem>(institution, id, "MediaItem", "id", ct);
        var exhibition = await EditableAsync(institution.GlobalIdOf("Exhibition", item.ExhibitionId), "id", ct);
        exhibition.Media.Remove(item);
        db.Remove(item);
        Renumber(exhibition.Media.OrderBy(m => m.Position));
        exhibition.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    public Task<Exhibition> ReorderAsync(string exhibitionId, IReadOnlyList<string> mediaItemIds, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await EditableAsync(exhibitionId, "exhibitionId", ct);
        var keys = mediaItemIds.Select(id => institution.LocalKeyOf(id, "MediaItem", "mediaItemIds")).ToList();
        var byKey = exhibition.Media.ToDictionary(m => m.Id);
        if (keys.Count != byKey.Count || keys.Distinct().Count() != keys.Count || keys.Any(k => k is null || !byKey.ContainsKey(k)))
            throw new BadUserInputException($"'mediaItemIds' must name each of the exhibition's {byKey.Count} media items exactly once.", "mediaItemIds");
        Renumber(keys.Select(k => byKey[k!]));
        exhibition.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    private async Task<Exhibition> EditableAsync(string exhibitionId, string argument, CancellationToken ct)
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, exhibitionId, "Exhibition", argument, ct, q => q.Include(e => e.Versions).Include(e => e.Media));
        ExhibitionEditRules.EnsureEditable(exhibition);
        return exhibition;
    }

    private async Task ApplyAsync(MediaItem item, MediaItemInput input, CancellationToken ct)
    {
        if (input.AltText is not null) item.AltText = InputRules.OptionalText(input.AltText, "input.altText", 4000);
        if (input.Transcript is not null) item.Transcript = InputRules.OptionalText(input.Transcript, "input.transcript", InputRules.LongText);
        if (input.DurationSeconds is { } duration) item.DurationSeconds = duration;
        if (input.ShowsPupils is { } shows) item.ShowsPupils = shows;
        if (input.ConsentRecorded is { } consent) item.ConsentRecorded = consent;
        if (input.MediaId is not null && input.Url is not null)
            throw new BadUserInputException("Give either mediaId (an upload) or url, not both.", "input.url");
        if (input.MediaId is not null)
        {
            // The ID carries the file's SHA-256; what was stored under it, not what the caller says, gives its type and size.
            var sha256 = MediaId.Sha256Of(input.MediaId, institution, "input.mediaId");
            var blob = await db.MediaBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == sha256, ct)
                ?? throw new BadUserInputException($"No file was uploaded as '{input.MediaId}': upload it to /media first and attach the ID it returns.", "input.mediaId");
            item.Sha256 = blob.Sha256;
            item.ContentType = blob.ContentType;
            item.SizeBytes = blob.SizeBytes;
            item.Url = null;
        }
        if (input.Url is not null)
        {
            item.Url = InputRules.Url(input.Url, "input.url");
            item.Sha256 = null;
            item.ContentType = null;
            item.SizeBytes = null;
        }
        if (input.ContentType is not null && item.Sha256 is null) item.ContentType = InputRules.OptionalText(input.ContentType, "input.contentType", 127)?.ToLowerInvariant();
        if (input.SizeBytes is { } size && item.Sha256 is null) item.SizeBytes = size;
    }

    private static void Renumber(IEnumerable<MediaItem> ordered)
    {
        var position = 0;
        foreach (var item in ordered) item.Position = position++;
    }
}
