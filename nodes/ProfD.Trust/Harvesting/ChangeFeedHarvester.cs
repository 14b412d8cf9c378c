using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Data;
using ProfD.Trust.Hosting;
using ProfD.Trust.Library;
using ProfD.Trust.Registry;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Harvesting;

/// <summary>
/// Follows every active node's change feed. Each node is harvested on its own, all at once, each call within the node
/// timeout, so a node that is down, slow or talks nonsense holds up nobody else; it only shows in its own status and
/// is retried later, waiting twice as long after each failure. Each page is applied in one transaction together with
/// the node's new cursor: a harvest stopped at any point resumes after the last page it applied, and a page applied
/// twice changes nothing (at-least-once delivery, idempotent upserts).
/// </summary>
internal sealed class ChangeFeedHarvester(
    IDbContextFactory<TrustDbContext> contexts,
    NodeClient client,
    TimeProvider time,
    IOptions<TrustOptions> options,
    ILogger<ChangeFeedHarvester> logger)
{
    /// <summary>At most this many pages per node per run, so one busy node cannot keep a run going for ever.</summary>
    public const int MaxPagesPerRun = 200;

    /// <summary>The HTTP client the harvester's <see cref="NodeClient"/> uses: it carries the harvester's access token.</summary>
    public const string HttpClientName = "harvest";

    /// <summary>Harvests every ACTIVE node that is due (not waiting out a backoff), in parallel.</summary>
    public async Task HarvestAllAsync(CancellationToken ct)
    {
        List<string> codes;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var now = time.GetUtcNow().UtcDateTime;
            codes = await db.Set<Institution>().AsNoTracking()
                .Where(i => i.Status == InstitutionStatus.Active)
                .Where(i => i.Harvest.NextAttemptAt == null || i.Harvest.NextAttemptAt <= now)
                .Select(i => i.Code)
                .ToListAsync(ct);
        }
        await Task.WhenAll(codes.Select(code => HarvestAsync(code, ct)));
    }

    /// <summary>Harvests one node now, whatever its backoff; returns whether the run ended without an error.</summary>
    public async Task<bool> HarvestAsync(string code, CancellationToken ct)
    {
        // Yield first, so callers that start many of these get them running side by side.
        await Task.Yield();
        var pageSize = options.Value.HarvestPageSize;
        try
        {
            for (var page = 0; page < MaxPagesPerRun; page++)
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Code == code, ct);
                if (institution is null || institution.Status != InstitutionStatus.Active) return true;
                institution.Harvest.LastAttemptAt = time.GetUtcNow().UtcDateTime;

                var data = await client.QueryAsync(institution.Endpoint, ChangeFeedQuery.Text, new { after = institution.Harvest.Cursor, first = pageSize }, ct);
                var feed = ChangeFeedPage.Read(data, institution.Endpoint);

                // The stop signal is honoured between pages only: a page is applied whole.
                await ApplyAsync(db, institution, feed, CancellationToken.None);
                if (!feed.HasMore) break;
                if (ct.IsCancellationRequested) return false;
            }
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (NodeCallException ex)
        {
            await RecordFailureAsync(code, ex.Message, CancellationToken.None);
            return false;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            // A change whose record does not fit the contract: the page is not applied, and the node shows why.
            await RecordFailureAsync(code, $"a change in the node's feed does not fit the contract: {ex.Message}", CancellationToken.None);
            return false;
        }
        catch (DbUpdateException ex)
        {
            logger.LogError(ex, "Harvest of {Institution} could not be stored", code);
            await RecordFailureAsync(code, "the harvested changes could not be stored; see the trust's log.", CancellationToken.None);
            return false;
        }
    }

    private async Task ApplyAsync(TrustDbContext db, Institution institution, ChangeFeedPage feed, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applier = new HarvestApplier(db, institution.Code, institution.Nation, now, logger);
        foreach (var change in feed.Changes.OrderBy(c => c.Sequence))
        {
            await applier.ApplyAsync(change, ct);
            await db.SaveChangesAsync(ct);
        }
        var harvest = institution.Harvest;
        harvest.Cursor = feed.EndCursor ?? feed.Changes.LastOrDefault()?.Cursor ?? harvest.Cursor;
        harvest.ChangesApplied += feed.Changes.Count;
        harvest.LastSuccessAt = now;
        harvest.LastError = null;
        harvest.ConsecutiveFailures = 0;
        harvest.NextAttemptAt = null;
        if (!feed.HasMore)
        {
            harvest.CaughtUpAt = now;
            if (harvest.SweepBefore is { } before)
            {
                await SweepAsync(db, institution.Code, before, ct);
                harvest.SweepBefore = null;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>After a full re-harvest, removes what the node did not report again.</summary>
    private static async Task SweepAsync(TrustDbContext db, string code, DateTime before, CancellationToken ct)
    {
        foreach (var stale in await db.Set<LibraryExhibition>().Where(e => e.HomeInstitution == code && e.HarvestedAt < before).ToListAsync(ct))
            await HarvestApplier.RemoveAsync(db, stale, ct);
        db.RemoveRange(await db.Set<DirectorySchool>().Where(s => s.HomeInstitution == code && s.HarvestedAt < before).ToListAsync(ct));
        db.RemoveRange(await db.Set<MentorProfile>().Where(m => m.HomeInstitution == code && m.HarvestedAt < before).ToListAsync(ct));
    }

    private async Task RecordFailureAsync(string code, string error, CancellationToken ct)
    {
        logger.LogWarning("Harvest of {Institution} failed: {Error}", code, error);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (institution is null) return;
        var harvest = institution.Harvest;
        var now = time.GetUtcNow().UtcDateTime;
        harvest.LastAttemptAt = now;
        harvest.LastError = error.Length > EntityConfiguration.MessageLength ? error[..EntityConfiguration.MessageLength] : error;
        harvest.ConsecutiveFailures++;
        harvest.NextAttemptAt = now + Backoff(harvest.ConsecutiveFailures);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The wait after the <paramref name="failures"/>th failure in a row: the base, doubled each time, capped.</summary>
    public TimeSpan Backoff(int failures)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var ticks = Math.Min(o.HarvestRetryMax.Ticks, o.HarvestRetryBase.Ticks * factor);
        return TimeSpan.FromTicks((long)ticks);
    }
}
