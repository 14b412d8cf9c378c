using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Node.Tests.Media;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary><c>importExhibition</c>: another institution's exported document becomes a draft here, whole or not at all.</summary>
public abstract class ExhibitionImportTests : NodeApiTestBase
{
    private const string Original = "unimelb:Exhibition:01JD3V7Q2Y8K5M4N6P9R0S1T2V";
    private const string Import = "mutation($c: ID!, $d: String!) { importExhibition(candidateId: $c, document: $d) { id } }";

    private static readonly byte[] Picture = MediaSamples.Binary(MediaSamples.PngHead, 40_000, seed: 7);

    private JourneyWorld world = null!;

    private protected ExhibitionImportTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    [Fact]
    public async Task An_exported_document_becomes_a_draft_with_its_content_and_the_same_uploaded_bytes()
    {
        var upload = await Node.CreateClient().PostAsync("/media", Bytes(Picture, "image/png"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var imported = (await QueryAsync("""
            mutation($c: ID!, $d: String!) {
              importExhibition(candidateId: $c, document: $d) {
                id status currentVersion importedFrom title abstract researchQuestion findings themes languages licence provocationIds
                candidate { id } sections { heading body position }
                media { kind caption altText transcript sha256 contentType sizeBytes mediaId url position }
              }
            }
            """, new { c = world.Candidate, d = Document(Sha(Picture)) })).GetProperty("importExhibition");

        Assert.StartsWith($"{Institution}:Exhibition:", imported.GetProperty("id").GetString());
        Assert.Equal(("DRAFT", 1, Original), (imported.GetProperty("status").GetString(), imported.GetProperty("currentVersion").GetInt32(), imported.GetProperty("importedFrom").GetString()));
        Assert.Equal(world.Candidate, imported.GetProperty("candidate").GetProperty("id").GetString());
        Assert.Equal("Say it, then write it", imported.GetProperty("title").GetString());
        Assert.Equal("Oral rehearsal before writing.", imported.GetProperty("abstract").GetString());
        Assert.Equal(["oracy", "writing"], imported.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("CC-BY-SA-4.0", imported.GetProperty("licence").GetString());
        Assert.Equal(["trust:Provocation:P1"], imported.GetProperty("provocationIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([("The question", 0), ("What I found", 1)],
            imported.GetProperty("sections").EnumerateArray().Select(s => (s.GetProperty("heading").GetString(), s.GetProperty("position").GetInt32())));

        var media = imported.GetProperty("media").EnumerateArray().ToList();
        Assert.Equal(["IMAGE", "LINK", "TEXT"], media.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal((Sha(Picture), "image/png", (long)Picture.Length), (media[0].GetProperty("sha256").GetString(), media[0].GetProperty("contentType").GetString(), media[0].GetProperty("sizeBytes").GetInt64()));
        Assert.Equal("A child's first draft", media[0].GetProperty("altText").GetString());
        Assert.Equal(JsonValueKind.Null, media[0].GetProperty("url").ValueKind);
        Assert.Equal("https://example.org/talk", media[1].GetProperty("url").GetString());
        Assert.Equal("Talk first.", media[2].GetProperty("transcript").GetString());

        var served = await Node.CreateClient().GetByteArrayAsync($"/media/{media[0].GetProperty("mediaId").GetString()}");
        Assert.Equal(Picture, served);
    }

    [Fact]
    public async Task A_file_not_uploaded_here_is_refused_naming_it_and_nothing_is_written()
    {
        var error = await ErrorAsync(Import, new { c = world.Candidate, d = Document(Sha(Picture)) });

        Assert.Equal(("BAD_USER_INPUT", "document.media[0]"), (error.Code(), error.Field()));
        Assert.Contains(Sha(Picture), error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await Node.WithDatabaseAsync(async db => Assert.Equal(0, await db.Exhibitions.CountAsync()));
    }

    [Fact]
    public async Task Bad_documents_own_work_and_candidates_with_work_in_progress_are_refused()
    {
        var notJson = await ErrorAsync(Import, new { c = world.Candidate, d = "{ nope" });
        Assert.Equal(("BAD_USER_INPUT", "document"), (notJson.Code(), notJson.Field()));

        var own = await ErrorAsync(Import, new { c = world.Candidate, d = Document(null, id: IdOf("Exhibition", "X1")) });
        Assert.Equal(("BAD_USER_INPUT", "document"), (own.Code(), own.Field()));

        var noTitle = await ErrorAsync(Import, new { c = world.Candidate, d = Document(null, title: " ") });
        Assert.Equal(("BAD_USER_INPUT", "document.title"), (noTitle.Code(), noTitle.Field()));

        await QueryAsync(Import, new { c = world.Candidate, d = Document(null) });
        var second = await ErrorAsync(Import, new { c = world.Candidate, d = Document(null) });
        Assert.Equal(("CONFLICT", "candidateId"), (second.Code(), second.Field()));
        await Node.WithDatabaseAsync(async db => Assert.Equal(1, await db.Exhibitions.CountAsync()));
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    /// <summary>A document as another node exports it; with <paramref name="pictureSha256"/>, its first piece is that uploaded image.</summary>
    private static string Document(string? pictureSha256, string id = Original, string title = "Say it, then write it")
    {
        var media = new JsonArray();
        if (pictureSha256 is not null)
        {
            media.Add(new JsonObject
            {
                ["kind"] = "IMAGE", ["caption"] = "First draft", ["altText"] = "A child's first draft", ["sha256"] = pictureSha256,
                ["contentType"] = "image/png", ["sizeBytes"] = Picture.Length, ["url"] = $"/media/unimelb:Media:{pictureSha256}",
                ["showsPupils"] = false, ["consentRecorded"] = false,
            });
        }
        media.Add(new JsonObject { ["kind"] = "LINK", ["caption"] = "The talk", ["url"] = "https://example.org/talk", ["showsPupils"] = false, ["consentRecorded"] = false });
        media.Add(new JsonObject { ["kind"] = "TEXT", ["caption"] = "A note", ["transcript"] = "Talk first.", ["showsPupils"] = false, ["consentRecorded"] = false });
        return new JsonObject
        {
            ["format"] = "exhibition-format/1.0",
            ["id"] = id,
            ["institution"] = id.Split(':')[0],
            ["version"] = 2,
            ["title"] = title,
            ["abstract"] = "Oral rehearsal before writing.",
            ["researchQuestion"] = "Does talk help writing?",
            ["sections"] = new JsonArray(new JsonObject { ["heading"] = "The question", ["body"] = "Why talk?" }, new JsonObject { ["heading"] = "What I found", ["body"] = "It helped." }),
            ["themes"] = new JsonArray("oracy", "writing"),
            ["languages"] = new JsonArray("en"),
            ["licence"] = "CC-BY-SA-4.0",
            ["provocations"] = new JsonArray("trust:Provocation:P1"),
            ["media"] = media,
        }.ToJsonString();
    }
}

public sealed class SqliteExhibitionImportTests() : ExhibitionImportTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExhibitionImportTests(PostgresServer server) : ExhibitionImportTests(NodeDatabaseEngine.Postgres, server);
