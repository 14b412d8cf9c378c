using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Tests.Infrastructure.FeedNode;

namespace ProfD.Trust.Tests.Community;

/// <summary>The community's rules, with the acting person named explicitly until the login hub exists.</summary>
public abstract class CommunityRuleTests(TrustEngine engine, PostgresServer? server) : EngineTest(engine, server)
{
    private const string Staff = "trust:Person:STAFF1";
    private const string Facilitator = "north:Teacher:FAC1";
    private const string Reader = "north:Teacher:T1";
    private const string Other = "north:Teacher:T2";
    private const string Outsider = "east:Teacher:T9";
    private const string CreateSpace = "mutation($who: ID!, $input: CommunitySpaceInput!) { createCommunitySpace(actingPerson: $who, input: $input) { id kind facilitatorIds } }";
    private const string StartThread = "mutation($who: ID!, $space: ID!, $md: String!) { startThread(actingPerson: $who, spaceId: $space, title: \"Talk routines\", markdown: $md) { id posts { id html } } }";

    [Fact]
    public async Task Posts_are_Markdown_rendered_and_sanitised()
    {
        await using var world = await WorldAsync();
        var space = await SpaceAsync(world, "GLOBAL", null);

        var thread = await world.Trust.QueryAsync(StartThread, new { who = Reader, space, md = "**Bold** idea <script>alert(1)</script> [x](javascript:alert(2)) and https://example.org" });

        var html = thread.GetProperty("startThread").GetProperty("posts")[0].GetProperty("html").GetString()!;
        Assert.Contains("<strong>Bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_trust_creates_spaces_and_a_space_needs_a_facilitator()
    {
        await using var world = await WorldAsync();

        var byTeacher = await world.Trust.GraphQLAsync(CreateSpace, new { who = Reader, input = new { kind = "GLOBAL", name = "All", facilitatorIds = new[] { Facilitator } } });
        var nobody = await world.Trust.GraphQLAsync(CreateSpace, new { who = Staff, input = new { kind = "GLOBAL", name = "All", facilitatorIds = Array.Empty<string>() } });
        var anonymous = await world.Trust.GraphQLAsync(CreateSpace, new { who = "nowhere:Teacher:X", input = new { kind = "GLOBAL", name = "All", facilitatorIds = new[] { Facilitator } } });

        Assert.Equal("FORBIDDEN", GraphQLErrors.CodeOf(byTeacher));
        Assert.Equal("BAD_USER_INPUT", GraphQLErrors.CodeOf(nobody));
        Assert.Equal("UNAUTHENTICATED", GraphQLErrors.CodeOf(anonymous));
    }

    [Fact]
    public async Task A_triangle_space_is_open_to_the_people_of_its_schools_institutions_only()
    {
        await using var world = await WorldAsync();
        var triangle = (await world.Trust.QueryAsync("mutation { formTriangle(input: { name: \"T\", schoolIds: [\"north:School:GB1\", \"south:School:AU1\", \"west:School:UG1\"] }) { id } }"))
            .GetProperty("formTriangle").GetProperty("id").GetString();
        var space = await SpaceAsync(world, "TRIANGLE", triangle);

        var member = await world.Trust.GraphQLAsync(StartThread, new { who = Reader, space, md = "Hello partners" });
        var outsider = await world.Trust.GraphQLAsync(StartThread, new { who = Outsider, space, md = "Let me in" });
        var visible = await world.Trust.QueryAsync("query($who: ID!) { communitySpaces(actingPerson: $who) { kind } }", new { who = Outsider });

        Assert.False(member.TryGetProperty("errors", out _), member.ToString());
        Assert.Equal("FORBIDDEN", GraphQLErrors.CodeOf(outsider));
        Assert.Equal([], visible.GetProperty("communitySpaces").EnumerateArray().Select(s => s.GetProperty("kind").GetString()!).ToArray());
    }

    [Fact]
    public async Task Flags_fill_the_moderation_queue_that_only_facilitators_work_through()
    {
        await using var world = await WorldAsync();
        var space = await SpaceAsync(world, "GLOBAL", null);
        var post = (await world.Trust.QueryAsync(StartThread, new { who = Reader, space, md = "Something rude" }))
            .GetProperty("startThread").GetProperty("posts")[0].GetProperty("id").GetString();
        const string Flag = "mutation($who: ID!, $post: ID!) { flagPost(actingPerson: $who, postId: $post, reason: \"Rude\") { id } }";
        const string Queue = "query($who: ID!, $space: ID!) { moderationQueue(actingPerson: $who, spaceId: $space) { post { id } flags { flaggedBy } } }";

        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Flag, new { who = Reader, post })));
        await world.Trust.QueryAsync(Flag, new { who = Other, post });
        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Flag, new { who = Other, post })));

        Assert.Equal("FORBIDDEN", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Queue, new { who = Other, space })));
        var queue = await world.Trust.QueryAsync(Queue, new { who = Facilitator, space });
        Assert.Equal(post, queue.GetProperty("moderationQueue")[0].GetProperty("post").GetProperty("id").GetString());

        await world.Trust.QueryAsync("mutation($who: ID!, $post: ID!) { resolveFlags(actingPerson: $who, postId: $post, resolution: HIDDEN) { hidden } }", new { who = Facilitator, post });
        queue = await world.Trust.QueryAsync(Queue, new { who = Facilitator, space });
        Assert.Equal(0, queue.GetProperty("moderationQueue").GetArrayLength());

        var thread = (await world.Trust.QueryAsync("query($who: ID!) { communitySpaces(actingPerson: $who) { threads { id } } }", new { who = Other }))
            .GetProperty("communitySpaces")[0].GetProperty("threads")[0].GetProperty("id").GetString();
        const string Read = "query($who: ID!, $id: ID!) { communityThread(actingPerson: $who, id: $id) { posts { hidden html } } }";
        var seenByOther = (await world.Trust.QueryAsync(Read, new { who = Other, id = thread })).GetProperty("communityThread").GetProperty("posts")[0];
        var seenByFacilitator = (await world.Trust.QueryAsync(Read, new { who = Facilitator, id = thread })).GetProperty("communityThread").GetProperty("posts")[0];
        Assert.True(seenByOther.GetProperty("hidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seenByOther.GetProperty("html").ValueKind);
        Assert.Contains("Something rude", seenByFacilitator.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hotseat_thread_takes_questions_only_during_its_window()
    {
        await using var world = await WorldAsync();
        var space = await SpaceAsync(world, "THEME", "oracy");
        var now = world.Trust.Clock.GetUtcNow();
        const string Schedule = "mutation($who: ID!, $space: ID!, $input: HotseatInput!) { scheduleHotseat(actingPerson: $who, spaceId: $space, input: $input) { threadId } }";
        var input = new { title = "Ask a researcher", guestId = "south:Teacher:GUEST", startsAt = now.AddHours(1), endsAt = now.AddHours(3) };

        Assert.Equal("FORBIDDEN", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Schedule, new { who = Reader, space, input })));
        var thread = (await world.Trust.QueryAsync(Schedule, new { who = Facilitator, space, input })).GetProperty("scheduleHotseat").GetProperty("threadId").GetString();
        const string Reply = "mutation($who: ID!, $thread: ID!) { replyToThread(actingPerson: $who, threadId: $thread, markdown: \"How do you start?\") { id } }";

        Assert.Contains("opens at", GraphQLErrors.MessageOf(await world.Trust.GraphQLAsync(Reply, new { who = Reader, thread })), StringComparison.Ordinal);
        world.Trust.Clock.Advance(TimeSpan.FromHours(2));
        await world.Trust.QueryAsync(Reply, new { who = Reader, thread });
        world.Trust.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains("closed at", GraphQLErrors.MessageOf(await world.Trust.GraphQLAsync(Reply, new { who = Reader, thread })), StringComparison.Ordinal);
        await world.Trust.QueryAsync(Reply, new { who = Facilitator, thread });
    }

    [Fact]
    public async Task The_last_facilitator_cannot_be_removed()
    {
        await using var world = await WorldAsync();
        var space = await SpaceAsync(world, "GLOBAL", null);
        const string Remove = "mutation($who: ID!, $space: ID!, $person: ID!) { removeFacilitator(actingPerson: $who, spaceId: $space, personId: $person) { facilitatorIds } }";
        const string Name = "mutation($who: ID!, $space: ID!, $person: ID!) { nameFacilitator(actingPerson: $who, spaceId: $space, personId: $person) { facilitatorIds } }";

        Assert.Equal("CONFLICT", GraphQLErrors.CodeOf(await world.Trust.GraphQLAsync(Remove, new { who = Facilitator, space, person = Facilitator })));
        await world.Trust.QueryAsync(Name, new { who = Facilitator, space, person = Other });
        var left = await world.Trust.QueryAsync(Remove, new { who = Other, space, person = Facilitator });

        Assert.Equal([Other], left.GetProperty("removeFacilitator").GetProperty("facilitatorIds").EnumerateArray().Select(f => f.GetString()!).ToArray());
    }

    private static async Task<string> SpaceAsync(World world, string kind, string? scope) =>
        (await world.Trust.QueryAsync(CreateSpace, new { who = Staff, input = new { kind, name = $"{kind} space", scope, facilitatorIds = new[] { Facilitator } } }))
            .GetProperty("createCommunitySpace").GetProperty("id").GetString()!;

    private async Task<World> WorldAsync()
    {
        var north = await FeedNodeServer.StartAsync("north");
        var south = await FeedNodeServer.StartAsync("south");
        var west = await FeedNodeServer.StartAsync("west");
        var east = await FeedNodeServer.StartAsync("east");
        north.State.School("GB1", "Elm", "GB", "DEVELOPED");
        south.State.School("AU1", "Wattle", "AU", "DEVELOPED");
        west.State.School("UG1", "Kawempe", "UG", "DEVELOPING");
        var trust = await StartTrustAsync();
        await trust.RegisterAsync("north", north.Endpoint, "GB");
        await trust.RegisterAsync("south", south.Endpoint, "AU");
        await trust.RegisterAsync("west", west.Endpoint, "UG");
        await trust.RegisterAsync("east", east.Endpoint, "KE");
        await trust.Harvester.HarvestAllAsync(default);
        return new World(trust, [north, south, west, east]);
    }

    private sealed record World(TrustHost Trust, FeedNodeServer[] Nodes) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Trust.DisposeAsync();
            foreach (var node in Nodes) await node.DisposeAsync();
        }
    }
}

public sealed class SqliteCommunityRuleTests() : CommunityRuleTests(TrustEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCommunityRuleTests(PostgresServer server) : CommunityRuleTests(TrustEngine.Postgres, server);
