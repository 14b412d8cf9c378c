using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Research;

public abstract class ResearchProjectMutationTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected ResearchProjectMutationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    private JourneyDriver Drive => new(QueryAsync, world);

    [Fact]
    public async Task A_project_records_its_context_ethics_provocations_and_starts_as_draft()
    {
        var project = (await QueryAsync("""
            mutation($c: ID!) {
              createResearchProject(input: {
                candidateId: $c, title: " Hinge questions ", question: "Do hinge questions change my teaching?", context: "Year 7 science",
                pupilsAgeRange: "11-12", setting: "two parallel classes", themes: ["assessment", "science", "Science"], languages: ["en"],
                ethicsApproval: { approvedBy: "Gulu REC", approvedAt: "2029-10-01T00:00:00Z", reference: "GREC-7" },
                provocationIds: ["trust:Provocation:P2", "trust:Provocation:P2"]
              }) {
                id title status context pupilsAgeRange setting themes provocationIds
                ethicsApproval { approvedBy approvedAt reference } candidate { id }
              }
            }
            """, new { c = world.Candidate })).GetProperty("createResearchProject");

        Assert.Equal("Hinge questions", project.GetProperty("title").GetString());
        Assert.Equal("DRAFT", project.GetProperty("status").GetString());
        Assert.Equal("11-12", project.GetProperty("pupilsAgeRange").GetString());
        Assert.Equal("two parallel classes", project.GetProperty("setting").GetString());
        Assert.Equal(["assessment", "science"], project.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["trust:Provocation:P2"], project.GetProperty("provocationIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("GREC-7", project.GetProperty("ethicsApproval").GetProperty("reference").GetString());
        Assert.Equal(world.Candidate, project.GetProperty("candidate").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("title: \"\", question: \"Q?\"", "input.title")]
    [InlineData("title: \"T\"", "input.question")]
    [InlineData("title: \"T\", question: \"Q?\", provocationIds: [\"not an id\"]", "input.provocationIds")]
    [InlineData("title: \"T\", question: \"Q?\", provocationIds: [\"trust:School:S1\"]", "input.provocationIds")]
    [InlineData("title: \"T\", question: \"Q?\", ethicsApproval: { approvedBy: \"REC\", approvedAt: \"2099-01-01T00:00:00Z\" }", "input.ethicsApproval.approvedAt")]
    public async Task Bad_project_input_is_refused_naming_the_field(string input, string field)
    {
        var error = await ErrorAsync($"mutation($c: ID!) {{ createResearchProject(input: {{ candidateId: $c, {input} }}) {{ id }} }}", new { c = world.Candidate });

        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal(field, error.Field());
        await AssertNoProjectsAsync();
    }

    [Fact]
    public async Task A_candidate_of_another_institution_or_of_nobody_cannot_start_a_project_here()
    {
        var elsewhere = await ErrorAsync("mutation { createResearchProject(input: { candidateId: \"elsewhere:Candidate:K1\", title: \"T\", question: \"Q?\" }) { id } }");
        var nobody = await ErrorAsync($"mutation {{ createResearchProject(input: {{ candidateId: \"{IdOf("Candidate", "NOPE")}\", title: \"T\", question: \"Q?\" }}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", "input.candidateId"), (elsewhere.Code(), elsewhere.Field()));
        Assert.Equal(("BAD_USER_INPUT", "input.candidateId"), (nobody.Code(), nobody.Field()));
    }

    [Fact]
    public async Task A_project_moves_draft_to_active_to_concluded_and_no_other_way()
    {
        var project = (await QueryAsync("mutation($c: ID!) { createResearchProject(input: { candidateId: $c, title: \"T\", question: \"Q?\" }) { id } }",
            new { c = world.Candidate })).GetProperty("createResearchProject").GetProperty("id").GetString()!;

        var skip = await SetStatusAsync(project, "CONCLUDED");
        Assert.Equal(("CONFLICT", "status"), (skip.Code(), skip.Field()));
        var noEthics = await SetStatusAsync(project, "ACTIVE");
        Assert.Equal(("CONFLICT", "ethicsApproval"), (noEthics.Code(), noEthics.Field()));

        await QueryAsync("mutation($id: ID!) { updateResearchProject(id: $id, input: { ethicsApproval: { approvedBy: \"REC\" } }) { id } }", new { id = project });
        await QueryAsync("mutation($id: ID!) { setResearchProjectStatus(id: $id, status: ACTIVE) { status } }", new { id = project });
        var noFindings = await SetStatusAsync(project, "CONCLUDED");
        Assert.Equal(("CONFLICT", "findings"), (noFindings.Code(), noFindings.Field()));

        await QueryAsync("mutation($id: ID!) { updateResearchProject(id: $id, input: { findings: \"It worked.\" }) { id } }", new { id = project });
        await QueryAsync("mutation($id: ID!) { setResearchProjectStatus(id: $id, status: CONCLUDED) { status } }", new { id = project });
        Assert.Equal("CONFLICT", (await SetStatusAsync(project, "ACTIVE")).Code());
        Assert.Equal("CONFLICT", (await SetStatusAsync(project, "DRAFT")).Code());
        var closed = await ErrorAsync("mutation($id: ID!) { updateResearchProject(id: $id, input: { title: \"New\" }) { id } }", new { id = project });
        Assert.Equal("CONFLICT", closed.Code());

        var stored = await QueryAsync("query($id: ID!) { researchProject(id: $id) { status title findings } }", new { id = project });
        Assert.Equal("CONCLUDED", stored.GetProperty("researchProject").GetProperty("status").GetString());
        Assert.Equal("T", stored.GetProperty("researchProject").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Activating_a_project_moves_an_enrolled_candidate_on_to_researching()
    {
        await Drive.ProjectAsync(world.EnrolledCandidate, concluded: false);

        var candidate = await QueryAsync("query($id: ID!) { candidate(id: $id) { stage } }", new { id = world.EnrolledCandidate });
        Assert.Equal("RESEARCHING", candidate.GetProperty("candidate").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_project_builds_on_projects_and_exhibitions_anywhere_and_links_can_be_removed()
    {
        var project = await Drive.ProjectAsync(concluded: false);
        var earlier = await Drive.ProjectAsync();

        await AddLinkAsync(project, "unimelb:Exhibition:01JX", "EXTENDS");
        var links = (await AddLinkAsync(project, earlier, "CHALLENGES")).GetProperty("addResearchLink").GetProperty("buildsOn");
        Assert.Equal([("EXTENDS", "unimelb:Exhibition:01JX"), ("CHALLENGES", earlier)],
            links.EnumerateArray().Select(l => (l.GetProperty("relation").GetString(), l.GetProperty("targetId").GetString())));

        var removed = await QueryAsync("mutation($p: ID!) { removeResearchLink(projectId: $p, targetId: \"unimelb:Exhibition:01JX\") { buildsOn { targetId } } }", new { p = project });
        Assert.Equal([earlier], removed.GetProperty("removeResearchLink").GetProperty("buildsOn").EnumerateArray().Select(l => l.GetProperty("targetId").GetString()));
        var again = await ErrorAsync("mutation($p: ID!) { removeResearchLink(projectId: $p, targetId: \"unimelb:Exhibition:01JX\") { id } }", new { p = project });
        Assert.Equal("NOT_FOUND", again.Code());
    }

    [Fact]
    public async Task A_link_gives_its_target_when_it_is_held_here_and_null_when_it_is_at_another_node()
    {
        var project = await Drive.ProjectAsync(concluded: false);
        var earlier = await Drive.ProjectAsync();
        await AddLinkAsync(project, "unimelb:Exhibition:01JX", "EXTENDS");
        await AddLinkAsync(project, earlier, "CHALLENGES");

        var links = (await QueryAsync(
            "query($p: ID!) { researchProject(id: $p) { buildsOn { targetId target { __typename ... on ResearchProject { id title } ... on Exhibition { id } } } } }",
            new { p = project })).GetProperty("researchProject").GetProperty("buildsOn").EnumerateArray().ToList();

        Assert.Equal(2, links.Count);
        Assert.Equal(JsonValueKind.Null, links.Single(l => l.GetProperty("targetId").GetString() == "unimelb:Exhibition:01JX").GetProperty("target").ValueKind);
        var local = links.Single(l => l.GetProperty("targetId").GetString() == earlier).GetProperty("target");
        Assert.Equal(("ResearchProject", earlier), (local.GetProperty("__typename").GetString(), local.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(local.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_project_cannot_build_on_itself()
    {
        var project = await Drive.ProjectAsync(concluded: false);

        var error = await LinkErrorAsync(project, project);

        Assert.Equal(("BAD_USER_INPUT", "targetId"), (error.Code(), error.Field()));
    }

    [Fact]
    public async Task A_project_cannot_build_on_the_exhibition_that_presents_it()
    {
        var project = await Drive.ProjectAsync(concluded: false);
        var exhibition = await Drive.ReadyExhibitionAsync(project);

        var error = await LinkErrorAsync(project, exhibition.Id);

        Assert.Equal(("BAD_USER_INPUT", "targetId"), (error.Code(), error.Field()));
    }

    [Fact]
    public async Task A_second_link_to_the_same_target_is_a_conflict()
    {
        var project = await Drive.ProjectAsync(concluded: false);
        await AddLinkAsync(project, "makerere:ResearchProject:01JY", "BUILDS_ON");

        var error = await LinkErrorAsync(project, "makerere:ResearchProject:01JY", "REPLICATES");

        Assert.Equal("CONFLICT", error.Code());
        var stored = await QueryAsync("query($id: ID!) { researchProject(id: $id) { buildsOn { relation } } }", new { id = project });
        Assert.Equal(1, stored.GetProperty("researchProject").GetProperty("buildsOn").GetArrayLength());
    }

    [Theory]
    [InlineData("unimelb:School:S1")]
    [InlineData("no-colons")]
    [InlineData("journey:ResearchProject:NOPE")]
    public async Task A_link_must_name_a_project_or_exhibition_that_can_exist(string target)
    {
        var project = await Drive.ProjectAsync(concluded: false);

        var error = await LinkErrorAsync(project, target);

        Assert.Equal(("BAD_USER_INPUT", "targetId"), (error.Code(), error.Field()));
    }

    [Fact]
    public async Task A_concluded_project_keeps_its_links_and_fields_as_they_are()
    {
        var project = await Drive.ProjectAsync(concluded: false);
        await AddLinkAsync(project, "unimelb:Exhibition:01JX", "EXTENDS");
        await QueryAsync("mutation($id: ID!) { setResearchProjectStatus(id: $id, status: CONCLUDED) { status } }", new { id = project });
        var before = await DatabaseSnapshot.TakeAsync(Database);

        JsonElement[] refusals =
        [
            await LinkErrorAsync(project, "makerere:ResearchProject:01JY"),
            await ErrorAsync("mutation($p: ID!) { removeResearchLink(projectId: $p, targetId: \"unimelb:Exhibition:01JX\") { id } }", new { p = project }),
            await ErrorAsync("mutation($id: ID!) { updateResearchProject(id: $id, input: { findings: \"Second thoughts.\" }) { id } }", new { id = project }),
        ];

        foreach (var error in refusals)
        {
            Assert.Equal("CONFLICT", error.Code());
            Assert.Contains("project is CONCLUDED", error.Message(), StringComparison.Ordinal);
        }
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Database));
    }

    private async Task<JsonElement> SetStatusAsync(string project, string status) =>
        await ErrorAsync($"mutation($id: ID!) {{ setResearchProjectStatus(id: $id, status: {status}) {{ status }} }}", new { id = project });

    private Task<JsonElement> AddLinkAsync(string project, string target, string relation) =>
        QueryAsync($"mutation($p: ID!, $t: ID!) {{ addResearchLink(projectId: $p, targetId: $t, relation: {relation}) {{ buildsOn {{ relation targetId }} }} }}", new { p = project, t = target });

    private Task<JsonElement> LinkErrorAsync(string project, string target, string relation = "BUILDS_ON") =>
        ErrorAsync($"mutation($p: ID!, $t: ID!) {{ addResearchLink(projectId: $p, targetId: $t, relation: {relation}) {{ id }} }}", new { p = project, t = target });

    private async Task AssertNoProjectsAsync()
    {
        var count = await QueryAsync("{ researchProjects { totalCount } }");
        Assert.Equal(0, count.GetProperty("researchProjects").GetProperty("totalCount").GetInt32());
    }
}

public sealed class SqliteResearchProjectMutationTests() : ResearchProjectMutationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresResearchProjectMutationTests(PostgresServer server) : ResearchProjectMutationTests(NodeDatabaseEngine.Postgres, server);
