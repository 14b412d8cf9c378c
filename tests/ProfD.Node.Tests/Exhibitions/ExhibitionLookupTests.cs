using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

public sealed class ExhibitionLookupTests(SeededNodeFixture seeded) : IClassFixture<SeededNodeFixture>
{
    private NodeAppFactory Node => seeded.Node;

    [Fact]
    public async Task Lookup_returns_the_exhibition_with_its_candidate_project_media_versions_and_adjudications()
    {
        // Index 3: ADJUDGED, has a project, themes [oracy, writing].
        var id = seeded.IdOf("Exhibition", "ET00003");
        var exhibition = (await Node.QueryAsync("""
            query($id: ID!) {
              exhibition(id: $id) {
                id title abstract status currentVersion themes languages licence publishedAt createdAt updatedAt
                candidate { id }
                project { id title }
                media { id position kind caption altText transcript durationSeconds sizeBytes sha256 url showsPupils consentRecorded createdAt }
                versions { number createdAt submittedAt }
                adjudications { id exhibitionVersion exhibition { id } }
              }
            }
            """, new { id })).GetProperty("exhibition");

        Assert.Equal(id, exhibition.GetProperty("id").GetString());
        Assert.Equal("Play T00003", exhibition.GetProperty("title").GetString());
        Assert.Equal("ADJUDGED", exhibition.GetProperty("status").GetString());
        Assert.Equal(2, exhibition.GetProperty("currentVersion").GetInt32());
        Assert.Equal(["oracy", "writing"], Strings(exhibition.GetProperty("themes")));
        Assert.Equal(["en"], Strings(exhibition.GetProperty("languages")));
        Assert.Equal("CC-BY-4.0", exhibition.GetProperty("licence").GetString());
        Assert.Equal(JsonValueKind.Null, exhibition.GetProperty("publishedAt").ValueKind);
        Assert.Equal(seeded.IdOf("Candidate", "KT00003"), exhibition.GetProperty("candidate").GetProperty("id").GetString());
        Assert.Equal("Project T00003", exhibition.GetProperty("project").GetProperty("title").GetString());

        var media = exhibition.GetProperty("media").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2], media.Select(m => m.GetProperty("position").GetInt32()));
        Assert.Equal(["IMAGE", "TEXT", "VIDEO"], media.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal(seeded.IdOf("MediaItem", "MT00003B"), media[0].GetProperty("id").GetString());
        var video = media[2];
        Assert.Equal("Pupils talking in pairs", video.GetProperty("altText").GetString());
        Assert.Equal("We talked first.", video.GetProperty("transcript").GetString());
        Assert.Equal(93.5, video.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(5_000_000_000, video.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(new string('a', 64), video.GetProperty("sha256").GetString());
        Assert.Equal("https://media.example.org/T00003.mp4", video.GetProperty("url").GetString());
        Assert.True(video.GetProperty("showsPupils").GetBoolean());
        Assert.True(video.GetProperty("consentRecorded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, media[0].GetProperty("sizeBytes").ValueKind);
        Assert.False(media[0].GetProperty("showsPupils").GetBoolean());

        var versions = exhibition.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(JsonValueKind.String, versions[0].GetProperty("submittedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, versions[1].GetProperty("submittedAt").ValueKind);

        var adjudication = Assert.Single(exhibition.GetProperty("adjudications").EnumerateArray());
        Assert.Equal(seeded.IdOf("Adjudication", "AT00003"), adjudication.GetProperty("id").GetString());
        Assert.Equal(1, adjudication.GetProperty("exhibitionVersion").GetInt32());
        Assert.Equal(id, adjudication.GetProperty("exhibition").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_exhibition_without_project_or_adjudication_has_null_and_empty_fields()
    {
        // Index 2: UNDER_ADJUDICATION, no project. Index 1: SUBMITTED, no adjudication.
        var data = await Node.QueryAsync("""
            query($a: ID!, $b: ID!) {
              a: exhibition(id: $a) { project { id } adjudications { id } }
              b: exhibition(id: $b) { project { id } adjudications { id } }
            }
            """, new { a = seeded.IdOf("Exhibition", "ET00002"), b = seeded.IdOf("Exhibition", "ET00001") });

        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").GetProperty("project").ValueKind);
        Assert.Single(data.GetProperty("a").GetProperty("adjudications").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, data.GetProperty("b").GetProperty("project").ValueKind);
        Assert.Empty(data.GetProperty("b").GetProperty("adjudications").EnumerateArray());
    }

    [Fact]
    public async Task Candidate_exhibitions_lists_the_candidates_exhibitions()
    {
        var candidate = (await Node.QueryAsync("query($id: ID!) { candidate(id: $id) { exhibitions { id title } } }", new { id = seeded.IdOf("Candidate", "KT00006") }))
            .GetProperty("candidate");

        var exhibition = Assert.Single(candidate.GetProperty("exhibitions").EnumerateArray());
        Assert.Equal(seeded.IdOf("Exhibition", "ET00006"), exhibition.GetProperty("id").GetString());
        Assert.Equal("Art T00006", exhibition.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_submitted_version_shows_its_frozen_content_and_the_current_draft_what_the_rows_hold_now()
    {
        // Index 0: version 1 submitted with content "{}", version 2 a draft whose stored column holds something else.
        var versions = (await Node.QueryAsync("query($id: ID!) { exhibition(id: $id) { versions { number document } } }", new { id = seeded.IdOf("Exhibition", "ET00000") }))
            .GetProperty("exhibition").GetProperty("versions");

        Assert.Equal("{}", versions[0].GetProperty("document").GetString());
        var draft = ProfD.Schema.Exhibitions.ExhibitionFormat.Deserialize(versions[1].GetProperty("document").GetString()!);
        Assert.Equal(2, draft.Version);
        Assert.Equal("Talk T00000", draft.Title);
        Assert.DoesNotContain("secret", versions[1].GetProperty("document").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_returns_an_exhibition_by_its_global_id()
    {
        var id = seeded.IdOf("Exhibition", "ET00004");
        var node = (await Node.QueryAsync("query($id: ID!) { node(id: $id) { __typename id ... on Exhibition { title } } }", new { id })).GetProperty("node");

        Assert.Equal("Exhibition", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal("Science T00004", node.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("exhibition", "Exhibition", "ET00001")]
    [InlineData("node", "Exhibition", "ET00001")]
    [InlineData("exhibition", "Exhibition", "NOPE")]
    public async Task An_id_of_another_institution_or_of_nothing_returns_null(string field, string type, string key)
    {
        var id = key == "NOPE" ? seeded.IdOf(type, key) : $"elsewhere:{type}:{key}";
        var data = await Node.QueryAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id });

        Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("not an id")]
    [InlineData("testnode:Exhibition")]
    [InlineData("testnode:School:ST00001")]
    public async Task A_malformed_id_or_one_of_another_type_is_bad_user_input(string id)
    {
        var body = await Node.GraphQLAsync("query($id: ID!) { exhibition(id: $id) { id } }", new { id });

        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(body));
    }

    [Fact]
    public async Task Federation_resolves_exhibitions_adjudications_awards_and_mentorships_by_reference()
    {
        var representations = new object[]
        {
            new { __typename = "Exhibition", id = seeded.IdOf("Exhibition", "ET00005") },
            new { __typename = "Adjudication", id = seeded.IdOf("Adjudication", "AT00005") },
            new { __typename = "Award", id = seeded.IdOf("Award", "WT00005B") },
            new { __typename = "Mentorship", id = seeded.IdOf("Mentorship", "NT00005A") },
            new { __typename = "Exhibition", id = "elsewhere:Exhibition:ET00005" },
        };
        var entities = (await Node.QueryAsync("""
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                __typename
                ... on Exhibition { id title }
                ... on Adjudication { id }
                ... on Award { id revoked }
                ... on Mentorship { id mentorId }
              }
            }
            """, new { representations })).GetProperty("_entities").EnumerateArray().ToList();

        Assert.Equal(["Exhibition", "Adjudication", "Award", "Mentorship"], entities.Take(4).Select(e => e.GetProperty("__typename").GetString()));
        Assert.Equal("Oracy T00005", entities[0].GetProperty("title").GetString());
        Assert.True(entities[2].GetProperty("revoked").GetBoolean());
        Assert.Equal("othernode:Teacher:MENTOR2", entities[3].GetProperty("mentorId").GetString());
        Assert.Equal(JsonValueKind.Null, entities[4].ValueKind);
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
