using Microsoft.EntityFrameworkCore;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;
using ProfD.Trust.Data;
using ProfD.Trust.Graph;
using ProfD.Trust.Hosting;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Community;

/// <summary>Reading and writing in the community of practice, always on behalf of a named person.</summary>
internal sealed class CommunityService(TrustDbContext db, CommunityRules rules, TrustProfile trust, TimeProvider time)
{
    public async Task<IReadOnlyList<SpaceView>> SpacesAsync(ActingAs actingPerson, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var spaces = await db.Set<CommunitySpace>().AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);
        var readable = new List<CommunitySpace>();
        foreach (var space in spaces)
        {
            if (await rules.CanReadAsync(space, person, ct)) readable.Add(space);
        }
        var ids = readable.Select(s => s.Id).ToList();
        var facilitators = await db.Set<SpaceFacilitator>().AsNoTracking().Where(f => ids.Contains(f.SpaceId)).ToListAsync(ct);
        var threads = await db.Set<CommunityThread>().AsNoTracking().Where(t => ids.Contains(t.SpaceId)).ToListAsync(ct);
        return [.. readable.Select(s => View(s, person, facilitators, threads))];
    }

    public async Task<ThreadView> ThreadAsync(string id, ActingAs actingPerson, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var thread = await FindThreadAsync(id, ct);
        var space = await db.Set<CommunitySpace>().AsNoTracking().FirstAsync(s => s.Id == thread.SpaceId, ct);
        await rules.RequireReadAsync(space, person, ct);
        return await ViewAsync(thread, space, person, ct);
    }

    public async Task<IReadOnlyList<FlaggedPost>> ModerationQueueAsync(string spaceId, ActingAs actingPerson, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var space = await FindSpaceAsync(spaceId, ct);
        await rules.RequireFacilitatorAsync(space, person, ct);
        var flags = await db.Set<PostFlag>().AsNoTracking().Where(f => f.SpaceId == space.Id && f.ResolvedAt == null).ToListAsync(ct);
        var postIds = flags.Select(f => f.PostId).Distinct().ToList();
        var posts = await db.Set<CommunityPost>().AsNoTracking().Where(p => postIds.Contains(p.Id)).ToListAsync(ct);
        // Oldest complaint first: the queue is worked through in the order people raised things.
        return [.. posts
            .Select(p => new FlaggedPost(new PostView(p, ShowText: true), flags.Where(f => f.PostId == p.Id).OrderBy(f => f.CreatedAt).ToList()))
            .OrderBy(f => f.Flags[0].CreatedAt).ThenBy(f => f.Post.Post.Id)];
    }

    public async Task<SpaceView> CreateSpaceAsync(ActingAs actingPerson, SpaceInput input, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        if (!person.IsTrustStaff) throw CommunityRules.Forbidden("Only the trust's staff create community spaces.");
        var kind = input.Kind ?? throw new BadUserInputException("'input.kind' is required.", "input.kind");
        var scope = await ScopeAsync(kind, input.Scope, ct);
        var facilitators = (input.FacilitatorIds ?? []).Select(f => Person(f, "input.facilitatorIds")).Distinct().ToList();
        if (facilitators.Count == 0)
            throw new BadUserInputException("A space needs at least one named facilitator in 'input.facilitatorIds'.", "input.facilitatorIds");
        var now = time.GetUtcNow().UtcDateTime;
        var space = new CommunitySpace
        {
            Id = LocalKeys.New(time),
            Kind = kind,
            Name = InputRules.Text(input.Name, "input.name"),
            Description = InputRules.OptionalText(input.Description, "input.description", 2000),
            Scope = scope,
            CreatedAt = now,
        };
        db.Add(space);
        db.AddRange(facilitators.Select(f => new SpaceFacilitator { SpaceId = space.Id, PersonId = f, NamedAt = now }));
        await db.SaveChangesAsync(ct);
        return new SpaceView(space, facilitators, [], true);
    }

    public async Task<SpaceView> NameFacilitatorAsync(ActingAs actingPerson, string spaceId, string personId, bool remove, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var space = await FindSpaceAsync(spaceId, ct);
        await rules.RequireFacilitatorAsync(space, person, ct);
        var named = Person(personId, "personId");
        var facilitators = await db.Set<SpaceFacilitator>().Where(f => f.SpaceId == space.Id).ToListAsync(ct);
        var existing = facilitators.Find(f => f.PersonId == named);
        if (remove)
        {
            if (existing is null) throw new NotFoundException($"'{named}' does not facilitate '{space.Name}'.");
            if (facilitators.Count == 1) throw new ConflictException($"'{space.Name}' would have no facilitator; name another first.", "personId");
            db.Remove(existing);
        }
        else if (existing is null)
        {
            db.Add(new SpaceFacilitator { SpaceId = space.Id, PersonId = named, NamedAt = time.GetUtcNow().UtcDateTime });
        }
        await db.SaveChangesAsync(ct);
        var all = await db.Set<SpaceFacilitator>().AsNoTracking().Where(f => f.SpaceId == space.Id).ToListAsync(ct);
        var threads = await db.Set<CommunityThread>().AsNoTracking().Where(t => t.SpaceId == space.Id).ToListAsync(ct);
        return View(space, person, all, threads);
    }

    public async Task<ThreadView> StartThreadAsync(ActingAs actingPerson, string spaceId, string? title, string? markdown, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var space = await FindSpaceAsync(spaceId, ct);
        await rules.RequireReadAsync(space, person, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var thread = new CommunityThread
        {
            Id = LocalKeys.New(time),
            SpaceId = space.Id,
            Title = InputRules.Text(title, "input.title"),
            AuthorId = person.Id,
            CreatedAt = now,
            LastPostAt = now,
        };
        db.Add(thread);
        db.Add(NewPost(thread.Id, person, markdown, now));
        await db.SaveChangesAsync(ct);
        return await ViewAsync(thread, space, person, ct);
    }

    public async Task<PostView> ReplyAsync(ActingAs actingPerson, string threadId, string? markdown, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var thread = await FindThreadAsync(threadId, ct);
        var space = await db.Set<CommunitySpace>().AsNoTracking().FirstAsync(s => s.Id == thread.SpaceId, ct);
        await rules.RequireReadAsync(space, person, ct);
        var now = time.GetUtcNow().UtcDateTime;
        await rules.RequireOpenAsync(space, thread, person, now, ct);
        var post = NewPost(thread.Id, person, markdown, now);
        db.Add(post);
        var tracked = await db.Set<CommunityThread>().FirstAsync(t => t.Id == thread.Id, ct);
        tracked.LastPostAt = now;
        await db.SaveChangesAsync(ct);
        return new PostView(post, ShowText: true);
    }

    public async Task<PostFlag> FlagAsync(ActingAs actingPerson, string postId, string? reason, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var (post, space) = await FindPostAsync(postId, ct);
        await rules.RequireReadAsync(space, person, ct);
        if (post.AuthorId == person.Id) throw new ConflictException("You cannot flag your own post; edit or ask a facilitator instead.", "postId");
        if (await db.Set<PostFlag>().AnyAsync(f => f.PostId == post.Id && f.FlaggedBy == person.Id, ct))
            throw new ConflictException("You have already flagged this post.", "postId");
        var flag = new PostFlag
        {
            Id = LocalKeys.New(time),
            PostId = post.Id,
            SpaceId = space.Id,
            FlaggedBy = person.Id,
            Reason = InputRules.Text(reason, "reason", 2000),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(flag);
        await db.SaveChangesAsync(ct);
        return flag;
    }

    public async Task<PostView> ResolveFlagsAsync(ActingAs actingPerson, string postId, FlagResolution resolution, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var (post, space) = await FindPostAsync(postId, ct);
        await rules.RequireFacilitatorAsync(space, person, ct);
        var open = await db.Set<PostFlag>().Where(f => f.PostId == post.Id && f.ResolvedAt == null).ToListAsync(ct);
        if (open.Count == 0) throw new ConflictException("The post has no open flags.", "postId");
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var flag in open)
        {
            flag.ResolvedAt = now;
            flag.ResolvedBy = person.Id;
            flag.Resolution = resolution;
        }
        var tracked = await db.Set<CommunityPost>().FirstAsync(p => p.Id == post.Id, ct);
        if (resolution == FlagResolution.Hidden)
        {
            tracked.HiddenAt = now;
            tracked.HiddenBy = person.Id;
        }
        await db.SaveChangesAsync(ct);
        return new PostView(tracked, ShowText: true);
    }

    public async Task<HotseatEvent> ScheduleHotseatAsync(ActingAs actingPerson, string spaceId, HotseatInput input, CancellationToken ct)
    {
        var person = await PersonAsync(actingPerson, ct);
        var space = await FindSpaceAsync(spaceId, ct);
        await rules.RequireFacilitatorAsync(space, person, ct);
        var guest = Person(input.GuestId, "input.guestId");
        var starts = input.StartsAt?.ToUniversalTime() ?? throw new BadUserInputException("'input.startsAt' is required.", "input.startsAt");
        var ends = input.EndsAt?.ToUniversalTime() ?? throw new BadUserInputException("'input.endsAt' is required.", "input.endsAt");
        if (ends <= starts) throw new BadUserInputException("'input.endsAt' must be after 'input.startsAt'.", "input.endsAt");
        if (ends - starts > TimeSpan.FromDays(14)) throw new BadUserInputException("A hotseat lasts at most 14 days.", "input.endsAt");
        var now = time.GetUtcNow().UtcDateTime;
        if (ends <= now) throw new BadUserInputException("'input.endsAt' is in the past.", "input.endsAt");
        var title = InputRules.Text(input.Title, "input.title");
        var hotseat = new HotseatEvent
        {
            Id = LocalKeys.New(time),
            SpaceId = space.Id,
            ThreadId = LocalKeys.New(time),
            GuestId = guest,
            Title = title,
            StartsAt = starts,
            EndsAt = ends,
            CreatedAt = now,
        };
        db.Add(new CommunityThread { Id = hotseat.ThreadId, SpaceId = space.Id, Title = $"Hotseat: {title}", AuthorId = person.Id, HotseatId = hotseat.Id, CreatedAt = now, LastPostAt = now });
        db.Add(hotseat);
        await db.SaveChangesAsync(ct);
        return hotseat;
    }

    private CommunityPost NewPost(string threadId, ActingPerson person, string? markdown, DateTime now)
    {
        var text = InputRules.Text(markdown, "markdown", 20_000);
        return new CommunityPost
        {
            Id = LocalKeys.New(time),
            ThreadId = threadId,
            AuthorId = person.Id,
            Markdown = text,
            Html = MarkdownRenderer.ToSafeHtml(text),
            CreatedAt = now,
        };
    }

    private async Task<ThreadView> ViewAsync(CommunityThread thread, CommunitySpace space, ActingPerson person, CancellationToken ct)
    {
        var facilitates = await rules.IsFacilitatorAsync(space, person, ct);
        var posts = await db.Set<CommunityPost>().AsNoTracking().Where(p => p.ThreadId == thread.Id).OrderBy(p => p.Id).ToListAsync(ct);
        var hotseat = thread.HotseatId is null ? null : await db.Set<HotseatEvent>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == thread.HotseatId, ct);
        return new ThreadView(thread, space, [.. posts.Select(p => new PostView(p, p.HiddenAt is null || facilitates || p.AuthorId == person.Id))], hotseat);
    }

    private static SpaceView View(CommunitySpace space, ActingPerson person, List<SpaceFacilitator> facilitators, List<CommunityThread> threads)
    {
        var named = facilitators.Where(f => f.SpaceId == space.Id).Select(f => f.PersonId).Order(StringComparer.Ordinal).ToList();
        return new SpaceView(space, named,
            [.. threads.Where(t => t.SpaceId == space.Id).OrderByDescending(t => t.LastPostAt).ThenBy(t => t.Id)],
            person.IsTrustStaff || named.Contains(person.Id));
    }

    private async Task<string?> ScopeAsync(SpaceKind kind, string? scope, CancellationToken ct)
    {
        switch (kind)
        {
            case SpaceKind.Global:
                return null;
            case SpaceKind.Theme:
                return InputRules.Text(scope, "input.scope", 60);
            case SpaceKind.Cohort:
                return GlobalId.Parse(scope, "input.scope", "Cohort").ToString();
            default:
                var key = trust.LocalKeyOf(scope, "Triangle", "input.scope")
                    ?? throw new BadUserInputException("A TRIANGLE space's scope is one of the trust's triangles.", "input.scope");
                if (!await db.Set<Triangle>().AnyAsync(t => t.Id == key, ct)) throw new NotFoundException($"There is no triangle '{scope}'.");
                return GlobalId.Create(trust.Code, "Triangle", key).ToString();
        }
    }

    private static string Person(string? value, string field)
    {
        var id = GlobalId.Parse(value, field);
        if (id.Type is not ("Teacher" or "Person"))
            throw new BadUserInputException($"'{value}' in '{field}' is the ID of a {id.Type}, not of a person.", field);
        return id.ToString();
    }

    private Task<ActingPerson> PersonAsync(ActingAs value, CancellationToken ct) => ActingPerson.ResolveAsync(value, db, trust, ct);

    private async Task<CommunitySpace> FindSpaceAsync(string id, CancellationToken ct)
    {
        var key = trust.RequireLocalKey(id, "CommunitySpace", "spaceId");
        return await db.Set<CommunitySpace>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, ct)
            ?? throw new NotFoundException($"There is no community space '{id}'.");
    }

    private async Task<CommunityThread> FindThreadAsync(string id, CancellationToken ct)
    {
        var key = trust.RequireLocalKey(id, "CommunityThread", "threadId");
        return await db.Set<CommunityThread>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == key, ct)
            ?? throw new NotFoundException($"There is no thread '{id}'.");
    }

    private async Task<(CommunityPost Post, CommunitySpace Space)> FindPostAsync(string id, CancellationToken ct)
    {
        var key = trust.RequireLocalKey(id, "CommunityPost", "postId");
        var found = await (
            from p in db.Set<CommunityPost>().AsNoTracking()
            join t in db.Set<CommunityThread>() on p.ThreadId equals t.Id
            join s in db.Set<CommunitySpace>() on t.SpaceId equals s.Id
            where p.Id == key
            select new { Post = p, Space = s }).FirstOrDefaultAsync(ct);
        return found is null ? throw new NotFoundException($"There is no post '{id}'.") : (found.Post, found.Space);
    }
}
