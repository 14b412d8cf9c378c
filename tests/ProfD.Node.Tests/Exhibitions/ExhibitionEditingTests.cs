using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>Making an exhibition and editing its draft: content, sections, media, showings.</summary>
public abstract class ExhibitionEditingTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected ExhibitionEditingTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    private JourneyDriver Drive => new(QueryAsync, world);

    [Fact]
    public async Task An_exhibition_made_from_a_project_starts_from_what_the_project_recorded()
    {
        var project = await Drive.ProjectAsync();

        var exhibition = (await QueryAsync("""
            mutation($c: ID!, $p: ID!) {
              createExhibition(candidateId: $c, projectId: $p) {
                title researchQuestion findings conclusionsForPractice themes languages provocationIds licence status currentVersion
                project { id } versions { number submittedAt } sections { heading }
              }
            }
            """, new { c = world.Candidate, p = project })).GetProperty("createExhibition");

        Assert.Equal("Talk partners in mathematics", exhibition.GetProperty("title").GetString());
        Assert.Equal("Does partner talk improve reasoning?", exhibition.GetProperty("researchQuestion").GetString());
        Assert.Equal("Explanations lengthened.", exhibition.GetProperty("findings").GetString());
        Assert.Equal("Rehearse in pairs before writing.", exhibition.GetProperty("conclusionsForPractice").GetString());
        Assert.Equal(["oracy"], exhibition.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["trust:Provocation:P1"], exhibition.GetProperty("provocationIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("CC-BY-4.0", exhibition.GetProperty("licence").GetString());
        Assert.Equal(("DRAFT", 1), (exhibition.GetProperty("status").GetString(), exhibition.GetProperty("currentVersion").GetInt32()));
        Assert.Equal(project, exhibition.GetProperty("project").GetProperty("id").GetString());
        var version = Assert.Single(exhibition.GetProperty("versions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, version.GetProperty("submittedAt").ValueKind);
    }

    [Fact]
    public async Task Creating_needs_a_title_a_project_of_the_candidate_and_no_exhibition_in_progress()
    {
        var noTitle = await ErrorAsync("mutation($c: ID!) { createExhibition(candidateId: $c) { id } }", new { c = world.Candidate });
        Assert.Equal(("BAD_USER_INPUT", "input.title"), (noTitle.Code(), noTitle.Field()));
        var otherProject = await Drive.ProjectAsync(world.EnrolledCandidate);
        var notTheirs = await ErrorAsync("mutation($c: ID!, $p: ID!) { createExhibition(candidateId: $c, projectId: $p) { id } }", new { c = world.Candidate, p = otherProject });
        Assert.Equal(("BAD_USER_INPUT", "projectId"), (notTheirs.Code(), notTheirs.Field()));

        await Drive.ReadyExhibitionAsync();
        var second = await ErrorAsync("mutation($c: ID!) { createExhibition(candidateId: $c, input: { title: \"Another\" }) { id } }", new { c = world.Candidate });
        Assert.Equal("CONFLICT", second.Code());
    }

    [Fact]
    public async Task Sections_given_replace_all_sections_in_order()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var three = await UpdateAsync(exhibition.Id, "sections: [{ heading: \"A\", body: \"1\" }, { heading: \"B\", body: \"2\" }, { heading: \"C\", body: \"3\" }]");
        Assert.Equal(["A", "B", "C"], Headings(three));
        var one = await UpdateAsync(exhibition.Id, "sections: [{ heading: \"Z\", body: \"only\" }], abstract: \"New abstract\"");
        Assert.Equal(["Z"], Headings(one));
        Assert.Equal("New abstract", one.GetProperty("abstract").GetString());

        var untouched = await UpdateAsync(exhibition.Id, "licence: \"CC-BY-SA-4.0\"");
        Assert.Equal(["Z"], Headings(untouched));
        Assert.Equal("CC-BY-SA-4.0", untouched.GetProperty("licence").GetString());
    }

    [Theory]
    [InlineData("licence: \"CC BY\"", "input.licence")]
    [InlineData("sections: [{ heading: \"\", body: \"b\" }]", "input.sections[0].heading")]
    [InlineData("sections: [{ heading: \"h\", body: \"b\" }, { heading: \"h\", body: \" \" }]", "input.sections[1].body")]
    [InlineData("provocationIds: [\"trust:Exhibition:E\"]", "input.provocationIds")]
    [InlineData("title: \"  \"", "input.title")]
    public async Task Bad_content_is_refused_naming_the_field_and_nothing_changes(string input, string field)
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var error = await ErrorAsync($"mutation($id: ID!) {{ updateExhibition(id: $id, input: {{ abstract: \"Changed\", {input} }}) {{ id }} }}", new { id = exhibition.Id });

        Assert.Equal(("BAD_USER_INPUT", field), (error.Code(), error.Field()));
        var stored = await QueryAsync("query($id: ID!) { exhibition(id: $id) { abstract licence sections { heading } } }", new { id = exhibition.Id });
        Assert.Equal("A term of partner talk.", stored.GetProperty("exhibition").GetProperty("abstract").GetString());
        Assert.Equal(["The question", "What I found"], Headings(stored.GetProperty("exhibition")));
    }

    [Fact]
    public async Task An_uploaded_file_is_attached_by_its_media_id_and_served_from_the_home_node()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var image = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { media { id kind sha256 mediaId url contentType sizeBytes } document } }", new { id = exhibition.Id }))
            .GetProperty("exhibition");

        var item = image.GetProperty("media").EnumerateArray().Single(m => m.GetProperty("id").GetString() == exhibition.Image);
        Assert.Equal(new string('a', 64), item.GetProperty("sha256").GetString());
        Assert.Equal(JourneyDriver.MediaId('a'), item.GetProperty("mediaId").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("url").ValueKind);
        Assert.Equal(("image/png", 48_213), (item.GetProperty("contentType").GetString(), item.GetProperty("sizeBytes").GetInt64()));
        var document = ExhibitionFormat.Deserialize(image.GetProperty("document").GetString()!);
        Assert.Equal($"/media/{JourneyDriver.MediaId('a')}", document.Media.Single(m => m.Kind == ExhibitionMediaKind.Image).Url);
    }

    [Theory]
    [InlineData("{ kind: LINK, caption: \"c\" }", "input.url")]
    [InlineData("{ kind: IMAGE, caption: \"c\" }", "input.mediaId")]
    [InlineData("{ kind: IMAGE, caption: \"c\", url: \"https://x.example.org/a.jpg\", mediaId: \"journey:Media:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" }", "input.url")]
    [InlineData("{ kind: IMAGE, caption: \"c\", mediaId: \"elsewhere:Media:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" }", "input.mediaId")]
    [InlineData("{ kind: IMAGE, caption: \"c\", mediaId: \"journey:Media:ABC\" }", "input.mediaId")]
    [InlineData("{ kind: IMAGE, caption: \"c\", mediaId: \"journey:Media:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\" }", "input.mediaId")]
    [InlineData("{ kind: IMAGE, caption: \"c\", mediaId: \"journey:School:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" }", "input.mediaId")]
    [InlineData("{ kind: VIDEO, caption: \"c\", url: \"ftp://x.example.org/a.mp4\" }", "input.url")]
    [InlineData("{ kind: TEXT, caption: \"c\" }", "input.transcript")]
    [InlineData("{ kind: TEXT, caption: \"c\", transcript: \"t\", url: \"https://x.example.org\" }", "input.mediaId")]
    [InlineData("{ kind: AUDIO, caption: \"c\", url: \"https://x.example.org/a.m4a\", durationSeconds: -1 }", "input.durationSeconds")]
    [InlineData("{ caption: \"c\", url: \"https://x.example.org\" }", "input.kind")]
    [InlineData("{ kind: DOCUMENT, caption: \"\", url: \"https://x.example.org/a.pdf\" }", "input.caption")]
    public async Task A_media_item_must_hold_what_its_kind_needs(string input, string field)
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var error = await ErrorAsync($"mutation($e: ID!) {{ addMediaItem(exhibitionId: $e, input: {input}) {{ id }} }}", new { e = exhibition.Id });

        Assert.Equal(("BAD_USER_INPUT", field), (error.Code(), error.Field()));
        Assert.Equal(3, (await MediaAsync(exhibition.Id)).Count);
    }

    [Fact]
    public async Task Media_items_are_updated_removed_and_reordered_and_positions_close_up()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var updated = await QueryAsync("mutation($id: ID!) { updateMediaItem(id: $id, input: { caption: \"Renamed\", url: \"https://video.example.org/b.mp4\" }) { caption url } }", new { id = exhibition.Video });
        Assert.Equal("Renamed", updated.GetProperty("updateMediaItem").GetProperty("caption").GetString());
        await QueryAsync("mutation($e: ID!, $m: [ID!]!) { reorderMediaItems(exhibitionId: $e, mediaItemIds: $m) { id } }",
            new { e = exhibition.Id, m = new[] { exhibition.Text, exhibition.Video, exhibition.Image } });
        Assert.Equal([(exhibition.Text, 0), (exhibition.Video, 1), (exhibition.Image, 2)], await MediaAsync(exhibition.Id));

        await QueryAsync("mutation($id: ID!) { removeMediaItem(id: $id) { id } }", new { id = exhibition.Video });
        Assert.Equal([(exhibition.Text, 0), (exhibition.Image, 1)], await MediaAsync(exhibition.Id));

        var missing = await ErrorAsync("mutation($e: ID!, $m: [ID!]!) { reorderMediaItems(exhibitionId: $e, mediaItemIds: $m) { id } }",
            new { e = exhibition.Id, m = new[] { exhibition.Image } });
        Assert.Equal(("BAD_USER_INPUT", "mediaItemIds"), (missing.Code(), missing.Field()));
        var twice = await ErrorAsync("mutation($e: ID!, $m: [ID!]!) { reorderMediaItems(exhibitionId: $e, mediaItemIds: $m) { id } }",
            new { e = exhibition.Id, m = new[] { exhibition.Image, exhibition.Image } });
        Assert.Equal("BAD_USER_INPUT", twice.Code());
        var gone = await ErrorAsync("mutation($id: ID!) { removeMediaItem(id: $id) { id } }", new { id = exhibition.Video });
        Assert.Equal("NOT_FOUND", gone.Code());
    }

    [Fact]
    public async Task Showings_at_this_or_another_nodes_schools_are_recorded_and_removed()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var local = (await QueryAsync("mutation($e: ID!, $s: ID!) { addShowing(exhibitionId: $e, input: { schoolId: $s, date: \"2030-02-01\", venue: \"Hall\", audience: PARENTS }) { id school { name } } }",
            new { e = exhibition.Id, s = world.SchoolB })).GetProperty("addShowing");
        Assert.Equal("Mbarara Primary School", local.GetProperty("school").GetProperty("name").GetString());
        var remote = (await QueryAsync("mutation($e: ID!) { addShowing(exhibitionId: $e, input: { schoolId: \"unimelb:School:S1\", date: \"2030-01-15\", venue: \"Library\", audience: STAFF }) { schoolId school { id } } }",
            new { e = exhibition.Id })).GetProperty("addShowing");
        Assert.Equal(JsonValueKind.Null, remote.GetProperty("school").ValueKind);

        var listed = await QueryAsync("query($id: ID!) { exhibition(id: $id) { showings { date venue audience schoolId } } }", new { id = exhibition.Id });
        Assert.Equal(["2030-01-15", "2030-02-01"], listed.GetProperty("exhibition").GetProperty("showings").EnumerateArray().Select(s => s.GetProperty("date").GetString()));

        await QueryAsync("mutation($id: ID!) { removeShowing(id: $id) { id } }", new { id = local.GetProperty("id").GetString() });
        var after = await QueryAsync("query($id: ID!) { exhibition(id: $id) { showings { venue } } }", new { id = exhibition.Id });
        Assert.Equal(["Library"], after.GetProperty("exhibition").GetProperty("showings").EnumerateArray().Select(s => s.GetProperty("venue").GetString()));

        var unknown = await ErrorAsync("mutation($e: ID!, $s: ID!) { addShowing(exhibitionId: $e, input: { schoolId: $s, date: \"2030-02-01\", venue: \"Hall\", audience: PUBLIC }) { id } }",
            new { e = exhibition.Id, s = IdOf("School", "NOPE") });
        Assert.Equal(("BAD_USER_INPUT", "input.schoolId"), (unknown.Code(), unknown.Field()));
    }

    [Fact]
    public async Task The_document_of_a_draft_is_its_content_as_it_stands_in_the_common_format()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await UpdateAsync(exhibition.Id, "findings: \"It worked.\", themes: [\"oracy\"], languages: [\"en\", \"lg\"]");

        var json = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { document versions { document } } }", new { id = exhibition.Id })).GetProperty("exhibition");
        var document = ExhibitionFormat.Deserialize(json.GetProperty("document").GetString()!);

        Assert.Equal(exhibition.Id, document.Id);
        Assert.Equal(Institution, document.Institution);
        Assert.Equal(1, document.Version);
        Assert.Null(document.SubmittedAt);
        Assert.Equal("Grace Okello", document.Author!.Name);
        Assert.Equal("It worked.", document.Findings);
        Assert.Equal(["en", "lg"], document.Languages);
        Assert.Equal(["The question", "What I found"], document.Sections.Select(s => s.Heading));
        Assert.Equal([ExhibitionMediaKind.Image, ExhibitionMediaKind.Video, ExhibitionMediaKind.Text], document.Media.Select(m => m.Kind));
        Assert.Equal(json.GetProperty("document").GetString(), json.GetProperty("versions")[0].GetProperty("document").GetString());
    }

    private async Task<JsonElement> UpdateAsync(string id, string input) =>
        (await QueryAsync($"mutation($id: ID!) {{ updateExhibition(id: $id, input: {{ {input} }}) {{ abstract licence sections {{ heading position }} }} }}", new { id }))
            .GetProperty("updateExhibition");

    private async Task<List<(string, int)>> MediaAsync(string exhibitionId) =>
        [.. (await QueryAsync("query($id: ID!) { exhibition(id: $id) { media { id position } } }", new { id = exhibitionId }))
            .GetProperty("exhibition").GetProperty("media").EnumerateArray()
            .Select(m => (m.GetProperty("id").GetString()!, m.GetProperty("position").GetInt32()))];

    private static List<string?> Headings(JsonElement exhibition) => [.. exhibition.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString())];
}

public sealed class SqliteExhibitionEditingTests() : ExhibitionEditingTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExhibitionEditingTests(PostgresServer server) : ExhibitionEditingTests(NodeDatabaseEngine.Postgres, server);
