using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Mentorships;

/// <summary>Mentors come from another school; they comment on their mentee's project and drafts; teachers keep a mentor profile.</summary>
public abstract class MentorshipMutationTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected MentorshipMutationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    private JourneyDriver Drive => new(QueryAsync, world);

    [Fact]
    public async Task A_mentor_from_another_school_is_assigned_and_the_mentorship_ends_once()
    {
        var mentorship = (await QueryAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id active mentorId mentor { displayName } candidate { id } } }",
            new { c = world.Candidate, m = world.Mentor })).GetProperty("assignMentor");
        Assert.True(mentorship.GetProperty("active").GetBoolean());
        Assert.Equal("Sarah Namutebi", mentorship.GetProperty("mentor").GetProperty("displayName").GetString());

        var twice = await ErrorAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = world.Mentor });
        Assert.Equal(("CONFLICT", "mentorId"), (twice.Code(), twice.Field()));

        var id = mentorship.GetProperty("id").GetString();
        var ended = (await QueryAsync("mutation($id: ID!) { endMentorship(id: $id) { active endedAt } }", new { id })).GetProperty("endMentorship");
        Assert.False(ended.GetProperty("active").GetBoolean());
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($id: ID!) { endMentorship(id: $id) { id } }", new { id })).Code());
    }

    [Fact]
    public async Task Mentoring_from_the_same_school_is_refused()
    {
        var error = await ErrorAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = world.Colleague });

        Assert.Equal(("BAD_USER_INPUT", "mentorId"), (error.Code(), error.Field()));
        Assert.Contains("different school", error.Message(), StringComparison.Ordinal);
        var mentorships = await QueryAsync("query($id: ID!) { candidate(id: $id) { mentorships { id } } }", new { id = world.Candidate });
        Assert.Empty(mentorships.GetProperty("candidate").GetProperty("mentorships").EnumerateArray());
    }

    [Theory]
    [InlineData("self")]
    [InlineData("journey:Teacher:NOBODY")]
    [InlineData("journey:School:SA")]
    public async Task A_mentor_must_be_another_teacher_who_exists(string mentor)
    {
        var id = mentor == "self" ? world.CandidateTeacher : mentor;

        var error = await ErrorAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = id });

        Assert.Equal(("BAD_USER_INPUT", "mentorId"), (error.Code(), error.Field()));
    }

    [Fact]
    public async Task A_mentor_at_another_node_is_accepted_without_a_school_check()
    {
        var mentorship = (await QueryAsync("mutation($c: ID!) { assignMentor(candidateId: $c, mentorId: \"unimelb:Teacher:T9\") { mentorId mentor { id } active } }",
            new { c = world.Candidate })).GetProperty("assignMentor");

        Assert.Equal("unimelb:Teacher:T9", mentorship.GetProperty("mentorId").GetString());
        Assert.Equal(JsonValueKind.Null, mentorship.GetProperty("mentor").ValueKind);
        Assert.True(mentorship.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_mentor_comments_on_the_project_and_the_draft_and_the_comments_are_listed_where_they_belong()
    {
        var project = await Drive.ProjectAsync(concluded: false);
        var exhibition = await Drive.ReadyExhibitionAsync(project);
        var mentorship = await AssignAsync();

        await CommentAsync(mentorship, project, "Collect a baseline first.");
        await CommentAsync(mentorship, exhibition.Id, "Put the video first.");

        var read = await QueryAsync("""
            query($p: ID!, $e: ID!, $m: ID!) {
              researchProject(id: $p) { mentorComments { text onId exhibitionVersion } }
              exhibition(id: $e) { mentorComments { text onId exhibitionVersion mentorship { mentorId } } }
              mentorship(id: $m) { comments { text createdAt } }
            }
            """, new { p = project, e = exhibition.Id, m = mentorship });
        var onProject = Assert.Single(read.GetProperty("researchProject").GetProperty("mentorComments").EnumerateArray());
        Assert.Equal(("Collect a baseline first.", project), (onProject.GetProperty("text").GetString(), onProject.GetProperty("onId").GetString()));
        Assert.Equal(JsonValueKind.Null, onProject.GetProperty("exhibitionVersion").ValueKind);
        var onExhibition = Assert.Single(read.GetProperty("exhibition").GetProperty("mentorComments").EnumerateArray());
        Assert.Equal(1, onExhibition.GetProperty("exhibitionVersion").GetInt32());
        Assert.Equal(world.Mentor, onExhibition.GetProperty("mentorship").GetProperty("mentorId").GetString());
        Assert.Equal(["Collect a baseline first.", "Put the video first."],
            read.GetProperty("mentorship").GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_submitted_exhibition_is_the_panels_and_takes_no_mentor_comments()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        var mentorship = await AssignAsync();
        await Drive.SubmitAsync(exhibition.Id);

        var error = await CommentErrorAsync(mentorship, exhibition.Id);

        Assert.Equal(("CONFLICT", "on"), (error.Code(), error.Field()));
    }

    [Fact]
    public async Task A_concluded_project_takes_no_mentor_comments_while_its_draft_exhibition_still_does()
    {
        var project = await Drive.ProjectAsync();
        var exhibition = await Drive.ReadyExhibitionAsync(project);
        var mentorship = await AssignAsync();
        var before = await DatabaseSnapshot.TakeAsync(Database);

        var error = await CommentErrorAsync(mentorship, project);

        Assert.Equal(("CONFLICT", "on"), (error.Code(), error.Field()));
        Assert.Contains("project is CONCLUDED", error.Message(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Database));
        await CommentAsync(mentorship, exhibition.Id, "Put the video first.");
    }

    [Fact]
    public async Task A_mentor_comments_only_on_their_mentees_work_and_only_while_the_mentorship_lasts()
    {
        var otherProject = await Drive.ProjectAsync(world.EnrolledCandidate);
        var mentorship = await AssignAsync();

        foreach (var notTheirs in new[] { otherProject, world.SchoolA, "unimelb:ResearchProject:R1" })
        {
            var error = await CommentErrorAsync(mentorship, notTheirs);
            Assert.Equal(("BAD_USER_INPUT", "on"), (error.Code(), error.Field()));
        }

        var project = await Drive.ProjectAsync(concluded: false);
        await QueryAsync("mutation($id: ID!) { endMentorship(id: $id) { id } }", new { id = mentorship });
        var ended = await CommentErrorAsync(mentorship, project);
        Assert.Equal(("CONFLICT", "mentorshipId"), (ended.Code(), ended.Field()));
    }

    [Fact]
    public async Task A_teacher_sets_their_mentor_profile()
    {
        var teacher = (await QueryAsync("mutation($t: ID!) { updateMentorProfile(teacherId: $t, offersMentoring: true, mentorCapacity: 3, bio: \" Twenty years in primary science. \") { offersMentoring mentorCapacity bio } }",
            new { t = world.Mentor })).GetProperty("updateMentorProfile");
        Assert.True(teacher.GetProperty("offersMentoring").GetBoolean());
        Assert.Equal(3, teacher.GetProperty("mentorCapacity").GetInt32());
        Assert.Equal("Twenty years in primary science.", teacher.GetProperty("bio").GetString());

        var tooMany = await ErrorAsync("mutation($t: ID!) { updateMentorProfile(teacherId: $t, offersMentoring: true, mentorCapacity: 99) { id } }", new { t = world.Mentor });
        Assert.Equal(("BAD_USER_INPUT", "mentorCapacity"), (tooMany.Code(), tooMany.Field()));
        var elsewhere = await ErrorAsync("mutation { updateMentorProfile(teacherId: \"unimelb:Teacher:T1\", offersMentoring: true) { id } }");
        Assert.Equal("NOT_FOUND", elsewhere.Code());

        var off = (await QueryAsync("mutation($t: ID!) { updateMentorProfile(teacherId: $t, offersMentoring: false) { offersMentoring mentorCapacity bio } }", new { t = world.Mentor }))
            .GetProperty("updateMentorProfile");
        Assert.False(off.GetProperty("offersMentoring").GetBoolean());
        Assert.Equal(JsonValueKind.Null, off.GetProperty("bio").ValueKind);
    }

    private async Task<string> AssignAsync() =>
        (await QueryAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = world.Mentor }))
            .GetProperty("assignMentor").GetProperty("id").GetString()!;

    private Task CommentAsync(string mentorship, string on, string text) =>
        QueryAsync("mutation($m: ID!, $on: ID!, $t: String!) { commentOnWork(mentorshipId: $m, on: $on, text: $t) { id } }", new { m = mentorship, on, t = text });

    private Task<JsonElement> CommentErrorAsync(string mentorship, string on) =>
        ErrorAsync("mutation($m: ID!, $on: ID!) { commentOnWork(mentorshipId: $m, on: $on, text: \"A comment.\") { id } }", new { m = mentorship, on });
}

public sealed class SqliteMentorshipMutationTests() : MentorshipMutationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMentorshipMutationTests(PostgresServer server) : MentorshipMutationTests(NodeDatabaseEngine.Postgres, server);
