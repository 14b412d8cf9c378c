using Microsoft.EntityFrameworkCore;
using ProfD.Trust.Data;

namespace ProfD.Trust.Registry;

/// <summary>
/// Asks every registered node (all but those that LEFT) who it is, all at once, each within the node timeout, and
/// records what it found: one slow node delays nobody else's record.
/// </summary>
internal sealed class NodeHealthChecker(IDbContextFactory<TrustDbContext> contexts, NodeProbe probe, TimeProvider time, ILogger<NodeHealthChecker> logger)
{
    public async Task CheckAllAsync(CancellationToken ct)
    {
        List<(string Code, string Endpoint)> nodes;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            nodes = (await db.Set<Institution>().AsNoTracking()
                    .Where(i => i.Status != InstitutionStatus.Left)
                    .Select(i => new { i.Code, i.Endpoint })
                    .ToListAsync(ct))
                .Select(i => (i.Code, i.Endpoint)).ToList();
        }
        await Task.WhenAll(nodes.Select(n => CheckAsync(n.Code, n.Endpoint, ct)));
    }

    private async Task CheckAsync(string code, string endpoint, CancellationToken ct)
    {
        NodeProbeResult? probed = null;
        string? error = null;
        try
        {
            probed = await probe.ProbeAsync(endpoint, ct);
            if (probed.Code != code) error = $"{endpoint} now answers as the node of '{probed.Code}', not of '{code}'.";
        }
        catch (NodeCallException ex)
        {
            error = ex.Message;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var institution = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (institution is null) return;
        var health = institution.Health;
        health.LastCheckedAt = now;
        health.LastError = error;
        health.Reachable = error is null;
        if (error is null && probed is not null)
        {
            health.LastSeenAt = now;
            health.SchemaVersion = probed.SchemaVersion;
            health.Compatible = probed.Compatible;
            health.Incompatibility = probed.Incompatibility;
        }
        else
        {
            logger.LogWarning("Node {Institution} failed its health check: {Error}", code, error);
        }
        await db.SaveChangesAsync(ct);
    }
}
