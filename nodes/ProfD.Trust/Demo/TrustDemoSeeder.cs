using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Community;
using ProfD.Trust.Data;
using ProfD.Trust.Harvesting;
using ProfD.Trust.Provocations;
using ProfD.Trust.Registry;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Demo;

/// <summary>
/// Fills the demo trust once it has started: registers the demo nodes, harvests each once, holds the provocations the
/// nodes cite under the IDs they cite, forms the triangles, accredits mentors and opens a community with threads. Every
/// step is skipped when already done (the demo keeps its data between runs) and no failure stops the trust: a node
/// whose change feed cannot be harvested shows that in its harvest status, and triangles wait until the school
/// directory knows their schools.
/// </summary>
internal sealed class TrustDemoSeeder(
    TrustDemoPlan plan, IServiceScopeFactory scopes, ChangeFeedHarvester harvester, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<TrustDemoSeeder> logger)
    : BackgroundService
{
    public const string Staff = "trust:Person:DEMOSTAFF";

    /// <summary>Completes when seeding has finished (or failed), for tests and the CLI.</summary>
    public Task Done => done.Task;

    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Only once the host has started: the database is migrated by then, and the trust answers.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
            {
                await started.Task;
            }
            await RegisterAsync(stoppingToken);
            await Task.WhenAll(plan.Nodes.Select(n => harvester.HarvestAsync(n.Code, stoppingToken)));
            await SeedProvocationsAsync(stoppingToken);
            await FormTrianglesAsync(stoppingToken);
            await AccreditAsync(stoppingToken);
            await SeedCommunityAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Seeding the demo trust failed");
        }
        finally
        {
            done.TrySetResult();
        }
    }

    private async Task RegisterAsync(CancellationToken ct)
    {
        foreach (var node in plan.Nodes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
            var known = await db.Set<Institution>().FirstOrDefaultAsync(i => i.Code == node.Code, ct);
            try
            {
                var registry = scope.ServiceProvider.GetRequiredService<RegistryMutations>();
                if (known is null) await registry.RegisterAsync(new InstitutionInput { Code = node.Code, Name = node.Name, Nation = node.Nation, Endpoint = node.Endpoint }, ct);
                else if (known.Endpoint != new Uri(node.Endpoint).ToString()) await registry.UpdateAsync(node.Code, new InstitutionInput { Endpoint = node.Endpoint }, ct);
            }
            catch (ProfDException ex)
            {
                logger.LogWarning("Demo node {Institution} not registered: {Reason}", node.Code, ex.Message);
            }
        }
    }

    private async Task SeedProvocationsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
        var trust = scope.ServiceProvider.GetRequiredService<Hosting.TrustProfile>();
        var keys = new List<string>();
        foreach (var id in plan.Provocations)
        {
            var key = trust.LocalKeyOf(id, "Provocation");
            if (key is null) logger.LogWarning("Demo provocation {Provocation} is not the trust's; skipped", id);
            else keys.Add(key);
        }
        var known = await db.Set<Provocation>().ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        for (var i = 0; i < keys.Count; i++)
        {
            // Added with the keys the nodes cite, which ProvocationService (new random keys) cannot give.
            if (known.Any(p => p.Id == keys[i])) continue;
            var (title, text, themes) = TrustDemoContent.Provocations[i % TrustDemoContent.Provocations.Count];
            db.Add(new Provocation { Id = keys[i], Title = title, Text = text, Themes = [.. themes], Links = [TrustDemoContent.ProvocationLink], CreatedAt = now, UpdatedAt = now });
        }
        // Earlier demo versions made these with random keys that no node cites: retired, so the catalogue offers only cited ones.
        var titles = TrustDemoContent.Provocations.Select(p => p.Title).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in known.Where(p => !keys.Contains(p.Id) && !p.Retired && titles.Contains(p.Title)))
        {
            stale.Retired = true;
            stale.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task FormTrianglesAsync(CancellationToken ct)
    {
        for (var i = 0; i < plan.Triangles.Count; i++)
        {
            var schools = plan.Triangles[i];
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
            if (await db.Set<TriangleSchool>().AnyAsync(s => s.SchoolId == schools[0], ct)) continue;
            try
            {
                await scope.ServiceProvider.GetRequiredService<TriangleService>().FormAsync(new TriangleInput { Name = TrustDemoContent.TriangleName(i), SchoolIds = [.. schools] }, ct);
            }
            catch (ProfDException ex)
            {
                logger.LogWarning("Demo triangle {Number} not formed yet: {Reason}", i + 1, ex.Message);
            }
        }
    }

    private async Task AccreditAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (mentor, i) in plan.Mentors.Select((m, i) => (m, i)))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
            if (await db.Set<MentorAccreditation>().AnyAsync(a => a.TeacherId == mentor, ct)) continue;
            try
            {
                await scope.ServiceProvider.GetRequiredService<AccreditationService>().AccreditAsync(new AccreditationInput
                {
                    TeacherId = mentor,
                    Course = "Research Teacher Programme",
                    CompletedAt = now.AddDays(-60 - i),
                    AccreditedFrom = now.AddDays(-30),
                    AccreditedUntil = now.AddYears(3),
                    Themes = [TrustDemoContent.Themes[i % TrustDemoContent.Themes.Count]],
                }, ct);
            }
            catch (ProfDException ex)
            {
                logger.LogWarning("Demo mentor {Teacher} not accredited: {Reason}", mentor, ex.Message);
            }
        }
    }

    private async Task SeedCommunityAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrustDbContext>();
        if (await db.Set<CommunitySpace>().AnyAsync(ct) || plan.Members.Count == 0) return;
        var community = scope.ServiceProvider.GetRequiredService<CommunityService>();
        var trust = scope.ServiceProvider.GetRequiredService<Hosting.TrustProfile>();
        var facilitator = plan.Mentors.FirstOrDefault() ?? plan.Members[0];
        var staffroom = await community.CreateSpaceAsync(new ActingAs(Staff), new SpaceInput { Kind = SpaceKind.Global, Name = "The staffroom", Description = "Everyone in the programme.", FacilitatorIds = [facilitator] }, ct);
        var oracy = await community.CreateSpaceAsync(new ActingAs(Staff), new SpaceInput { Kind = SpaceKind.Theme, Name = "Oracy", Scope = "oracy", FacilitatorIds = [facilitator] }, ct);
        var staffroomId = trust.GlobalIdOf("CommunitySpace", staffroom.Space.Id);
        var oracyId = trust.GlobalIdOf("CommunitySpace", oracy.Space.Id);
        foreach (var (space, title, opening, replies) in new[]
        {
            (staffroomId, "Introduce yourself", "Hello from the **first cohort**! Tell us where you teach and what you research.", TrustDemoContent.Replies),
            (oracyId, "Talk routines that stuck", "Which *talk routines* survived past the first term in your class?", TrustDemoContent.OracyReplies),
        })
        {
            var thread = await community.StartThreadAsync(new ActingAs(plan.Members[0]), space, title, opening, ct);
            var threadId = trust.GlobalIdOf("CommunityThread", thread.Thread.Id);
            for (var r = 0; r < replies.Count; r++)
                await community.ReplyAsync(new ActingAs(plan.Members[(r + 1) % plan.Members.Count]), threadId, replies[r], ct);
        }
        var now = time.GetUtcNow().UtcDateTime;
        await community.ScheduleHotseatAsync(new ActingAs(facilitator), oracyId, new HotseatInput
        {
            Title = "Ask an adjudicator about exhibitions",
            GuestId = plan.Mentors.Count > 1 ? plan.Mentors[1] : facilitator,
            StartsAt = now.AddDays(7),
            EndsAt = now.AddDays(7).AddHours(2),
        }, ct);
    }
}
