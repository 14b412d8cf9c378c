using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Ids;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Data;
using ProfD.Trust.Library;
using ProfD.Trust.Lineage;
using ProfD.Trust.Nations;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Harvesting;

/// <summary>
/// Applies one node's changes to the trust's copies: idempotent upserts (a change older than the copy only marks it
/// as seen again), removals for deletions and for records that are no longer public. The harvester calls it inside
/// the transaction that also moves the node's cursor, so a page is applied whole or not at all.
/// </summary>
internal sealed class HarvestApplier(TrustDbContext db, string institution, string institutionNation, DateTime now, ILogger logger)
{
    public async Task ApplyAsync(FeedChange change, CancellationToken ct)
    {
        if (!GlobalId.TryParse(change.EntityId, out var id) || id.Institution != institution)
        {
            // A node speaks only for its own records; anything else is ignored, never stored.
            logger.LogWarning("Node {Institution} reported a change for '{EntityId}', which is not its own; ignored", institution, change.EntityId);
            return;
        }
        switch (change.EntityType)
        {
            case "SCHOOL":
                await ApplySchoolAsync(change, ct);
                break;
            case "EXHIBITION":
                await ApplyExhibitionAsync(change, ct);
                break;
            case "MENTOR":
                await ApplyMentorAsync(change, ct);
                break;
            default:
                logger.LogInformation("Node {Institution} reported a change of kind {Kind}, which the trust does not keep", institution, change.EntityType);
                break;
        }
    }

    private async Task ApplySchoolAsync(FeedChange change, CancellationToken ct)
    {
        var existing = await db.Set<DirectorySchool>().FindAsync([change.EntityId], ct);
        if (change.IsDelete || change.School is not { } school)
        {
            if (existing is not null) db.Remove(existing);
            return;
        }
        if (existing is null)
        {
            existing = new DirectorySchool { Id = change.EntityId, HomeInstitution = institution, Name = "", Nation = institutionNation };
            db.Add(existing);
        }
        existing.HarvestedAt = now;
        if (change.Sequence < existing.SourceSequence) return;
        existing.Name = school.RequiredString("name");
        existing.Nation = school.String("nation") ?? institutionNation;
        existing.Economy = school.String("economy") == "DEVELOPING" ? Economy.Developing : Economy.Developed;
        existing.City = school.String("city");
        existing.SourceSequence = change.Sequence;
    }

    private async Task ApplyMentorAsync(FeedChange change, CancellationToken ct)
    {
        var existing = await db.Set<MentorProfile>().FindAsync([change.EntityId], ct);
        if (change.IsDelete || change.Mentor is not { } mentor || !mentor.Bool("offersMentoring"))
        {
            if (existing is not null) db.Remove(existing);
            return;
        }
        if (existing is null)
        {
            existing = new MentorProfile { Id = change.EntityId, HomeInstitution = institution, DisplayName = "", Nation = institutionNation };
            db.Add(existing);
        }
        existing.HarvestedAt = now;
        if (change.Sequence < existing.SourceSequence) return;
        var school = mentor.Object("school");
        existing.DisplayName = mentor.RequiredString("displayName");
        existing.Languages = mentor.Strings("languages");
        existing.Subjects = mentor.Strings("subjects");
        existing.SchoolId = school?.String("id");
        existing.Nation = school?.String("nation") ?? institutionNation;
        existing.MentorCapacity = mentor.Int("mentorCapacity");
        existing.Bio = mentor.String("bio");
        existing.SourceSequence = change.Sequence;
    }

    private async Task ApplyExhibitionAsync(FeedChange change, CancellationToken ct)
    {
        var existing = await db.Set<LibraryExhibition>().FindAsync([change.EntityId], ct);
        if (change.IsDelete || change.Exhibition is not { } exhibition || exhibition.String("status") != "PUBLISHED")
        {
            // Deleted, withdrawn or not (yet) published: not in the library.
            if (existing is not null) await RemoveAsync(db, existing, ct);
            return;
        }
        var isNew = existing is null;
        existing ??= new LibraryExhibition { Id = change.EntityId, HomeInstitution = institution, Title = "", Abstract = "", Nation = institutionNation };
        if (isNew) db.Add(existing);
        existing.HarvestedAt = now;
        if (!isNew && change.Sequence < existing.SourceSequence) return;

        var project = exhibition.Object("project");
        var school = exhibition.Object("school");
        existing.Title = exhibition.RequiredString("title");
        existing.Abstract = exhibition.String("abstract") ?? "";
        existing.Findings = project?.String("findings");
        existing.AuthorName = exhibition.String("authorName");
        existing.Licence = exhibition.String("licence") ?? "";
        existing.Themes = exhibition.Strings("themes");
        existing.ThemesText = string.Join(" · ", existing.Themes);
        existing.Languages = exhibition.Strings("languages");
        existing.MediaKinds = [.. exhibition.Array("media").Select(m => m.String("kind")).OfType<string>().Distinct()];
        existing.ProvocationIds = exhibition.Strings("provocationIds");
        existing.SchoolId = school?.String("id");
        existing.Nation = school?.String("nation") ?? institutionNation;
        existing.ProjectId = project?.String("id");
        existing.PublishedAt = exhibition.DateTime("publishedAt") ?? change.ChangedAt;
        existing.Year = existing.PublishedAt.Year;
        existing.SourceSequence = change.Sequence;

        await ReplaceTagsAsync(existing, ct);
        await ReplaceLinksAsync(existing, exhibition, project, change.Sequence, ct);
        // The FTS5 row is written by SQL, not tracked: save the row it belongs to first.
        await db.SaveChangesAsync(ct);
        await LibraryFullText.IndexAsync(db, existing, ct);
    }

    private async Task ReplaceTagsAsync(LibraryExhibition exhibition, CancellationToken ct)
    {
        var old = await db.Set<LibraryTag>().Where(t => t.ExhibitionId == exhibition.Id).ToListAsync(ct);
        db.RemoveRange(old);
        var tags = new HashSet<(string Facet, string Value)>
        {
            (LibraryFacet.Nation, exhibition.Nation),
            (LibraryFacet.Institution, exhibition.HomeInstitution),
            (LibraryFacet.Year, exhibition.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        foreach (var theme in exhibition.Themes) tags.Add((LibraryFacet.Theme, theme));
        foreach (var language in exhibition.Languages) tags.Add((LibraryFacet.Language, language));
        foreach (var kind in exhibition.MediaKinds) tags.Add((LibraryFacet.MediaKind, kind));
        foreach (var provocation in exhibition.ProvocationIds) tags.Add((LibraryFacet.Provocation, provocation));
        foreach (var (facet, value) in tags)
        {
            var tracked = old.Find(t => t.Facet == facet && t.Value == value);
            if (tracked is not null) db.Entry(tracked).State = EntityState.Unchanged;
            else db.Add(new LibraryTag { ExhibitionId = exhibition.Id, Facet = facet, Value = value });
        }
    }

    private async Task ReplaceLinksAsync(LibraryExhibition exhibition, JsonElement node, JsonElement? project, long sequence, CancellationToken ct)
    {
        var old = await db.Set<LibraryLink>().Where(l => l.CarrierId == exhibition.Id).ToListAsync(ct);
        db.RemoveRange(old);
        var links = new Dictionary<(string Source, string Target), LinkRelation>();
        Collect(exhibition.Id, node, links);
        if (project is { } p && p.String("id") is { } projectId) Collect(projectId, p, links);
        foreach (var ((source, target), relation) in links)
        {
            var tracked = old.Find(l => l.SourceId == source && l.TargetId == target);
            if (tracked is null)
            {
                tracked = new LibraryLink { CarrierId = exhibition.Id, SourceId = source, TargetId = target, HomeInstitution = institution };
                db.Add(tracked);
            }
            else
            {
                db.Entry(tracked).State = EntityState.Modified;
            }
            tracked.Relation = relation;
            tracked.HarvestedAt = now;
            tracked.SourceSequence = sequence;
        }
    }

    private static void Collect(string source, JsonElement work, Dictionary<(string, string), LinkRelation> links)
    {
        foreach (var link in work.Array("buildsOn"))
        {
            if (link.String("targetId") is not { } target || !GlobalId.TryParse(target, out _)) continue;
            links[(source, target)] = link.String("relation") switch
            {
                "REPLICATES" => LinkRelation.Replicates,
                "EXTENDS" => LinkRelation.Extends,
                "CHALLENGES" => LinkRelation.Challenges,
                _ => LinkRelation.BuildsOn,
            };
        }
    }

    /// <summary>Removes a library exhibition with its tags, links and search row.</summary>
    public static async Task RemoveAsync(TrustDbContext db, LibraryExhibition exhibition, CancellationToken ct)
    {
        db.RemoveRange(await db.Set<LibraryTag>().Where(t => t.ExhibitionId == exhibition.Id).ToListAsync(ct));
        db.RemoveRange(await db.Set<LibraryLink>().Where(l => l.CarrierId == exhibition.Id).ToListAsync(ct));
        db.Remove(exhibition);
        await LibraryFullText.RemoveAsync(db, exhibition.Id, ct);
    }
}
