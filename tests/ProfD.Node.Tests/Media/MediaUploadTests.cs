using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Data;
using ProfD.Node.Media;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Media;

/// <summary><c>POST /media</c> and <c>GET /media/{id}</c> in process, on one engine; subclasses pick SQLite or PostgreSQL.</summary>
public abstract class MediaUploadTests : EngineTestBase
{
    private protected MediaUploadTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    private NodeAppFactory CreateNode() => new(database: Database.Connection.ConnectionString);

    [Fact]
    public async Task Uploading_stores_the_bytes_under_their_hash_and_answers_201_with_the_media_id()
    {
        using var node = CreateNode();
        var bytes = MediaSamples.Binary(MediaSamples.PngHead, 300_000);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var response = await node.CreateClient().PostAsync("/media", Content(bytes, "image/png"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = $"{node.Institution}:Media:{sha}";
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal(sha, body.GetProperty("sha256").GetString());
        Assert.Equal(bytes.Length, body.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("image/png", body.GetProperty("contentType").GetString());
        Assert.Equal($"/media/{id}", response.Headers.Location?.OriginalString);

        var root = Store(node).Root;
        Assert.Equal([Path.Combine(root, sha[..2], sha[2..4], sha)], FilesUnder(root));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(root, sha[..2], sha[2..4], sha)));
        await node.WithDatabaseAsync(async db =>
        {
            var blob = await db.MediaBlobs.SingleAsync();
            Assert.Equal((sha, bytes.Length, "image/png"), (blob.Sha256, blob.SizeBytes, blob.ContentType));
        });
    }

    [Fact]
    public async Task Uploading_the_same_bytes_again_answers_200_with_the_same_id_and_keeps_one_copy()
    {
        using var node = CreateNode();
        var bytes = MediaSamples.Binary(MediaSamples.Mp4Head, 100_000);
        var client = node.CreateClient();

        var first = await client.PostAsync("/media", Content(bytes, "video/mp4"));
        var again = await client.PostAsync("/media", new ChunkedContent(bytes, "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Single(FilesUnder(Store(node).Root));
        await node.WithDatabaseAsync(async db => Assert.Equal(1, await db.MediaBlobs.CountAsync()));
    }

    [Theory]
    [InlineData(nameof(MediaSamples.ExeHead), "image/png")]
    [InlineData(nameof(MediaSamples.ZipHead), "application/pdf")]
    [InlineData(nameof(MediaSamples.MatroskaHead), "video/webm")]
    [InlineData(nameof(MediaSamples.PngHead), "image/jpeg")]
    public async Task Bytes_that_are_not_allowed_or_not_what_was_declared_are_refused_with_415_and_nothing_is_kept(string sample, string declared)
    {
        using var node = CreateNode();
        var bytes = MediaSamples.Binary((byte[])typeof(MediaSamples).GetField(sample)!.GetValue(null)!, 200_000);

        var response = await node.CreateClient().PostAsync("/media", Content(bytes, declared));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingStoredAsync(node);
    }

    [Fact]
    public async Task Text_that_turns_binary_after_its_first_bytes_is_refused_with_415_and_nothing_is_kept()
    {
        using var node = CreateNode();
        byte[] bytes = [.. MediaSamples.Text(200_000), 0x00, 0x01, 0x02, .. MediaSamples.Text(1_000)];

        var response = await node.CreateClient().PostAsync("/media", new ChunkedContent(bytes, "text/plain; charset=utf-8"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingStoredAsync(node);
    }

    [Fact]
    public async Task Plain_text_is_stored_as_text_plain()
    {
        using var node = CreateNode();

        var response = await node.CreateClient().PostAsync("/media", Content(MediaSamples.Text(10_000), "text/plain; charset=utf-8"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/plain", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task An_upload_declared_larger_than_the_limit_is_refused_with_413_and_one_at_the_limit_is_stored()
    {
        using var node = CreateNode();
        using var limited = node.WithWebHostBuilder(b => b.UseSetting("Media:MaxUploadBytes", "65536"));
        var client = limited.CreateClient();
        var bytes = MediaSamples.Binary(MediaSamples.JpegHead, 65_537);

        await AssertProblemAsync(await client.PostAsync("/media", Content(bytes, "image/jpeg")), HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStoredAsync(limited);

        var exactly = await client.PostAsync("/media", Content(bytes[..65_536], "image/jpeg"));
        Assert.Equal(HttpStatusCode.Created, exactly.StatusCode);
    }

    [Fact]
    public async Task An_empty_body_is_400_and_a_form_is_415()
    {
        using var node = CreateNode();
        var client = node.CreateClient();

        await AssertProblemAsync(await client.PostAsync("/media", Content([], "image/png")), HttpStatusCode.BadRequest);
        using var form = new MultipartFormDataContent { { Content(MediaSamples.Binary(MediaSamples.PngHead, 100), "image/png"), "file", "picture.png" } };
        await AssertProblemAsync(await client.PostAsync("/media", form), HttpStatusCode.UnsupportedMediaType);
        await AssertNothingStoredAsync(node);
    }

    [Fact]
    public async Task Downloading_serves_the_bytes_with_their_type_an_etag_and_byte_ranges()
    {
        using var node = CreateNode();
        var bytes = MediaSamples.Binary(MediaSamples.WebMHead, 50_000);
        var client = node.CreateClient();
        var location = (await client.PostAsync("/media", Content(bytes, "video/webm"))).Headers.Location!;
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var whole = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("video/webm", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{sha}\"", whole.Headers.ETag?.Tag);
        Assert.Contains("bytes", whole.Headers.AcceptRanges);
        Assert.Equal("nosniff", Assert.Single(whole.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());

        using var range = new HttpRequestMessage(HttpMethod.Get, location) { Headers = { Range = new RangeHeaderValue(1000, 1999) } };
        var partial = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("bytes 1000-1999/50000", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[1000..2000], await partial.Content.ReadAsByteArrayAsync());

        using var tail = new HttpRequestMessage(HttpMethod.Get, location) { Headers = { Range = new RangeHeaderValue(null, 10) } };
        Assert.Equal(bytes[^10..], await (await client.SendAsync(tail)).Content.ReadAsByteArrayAsync());

        using var beyond = new HttpRequestMessage(HttpMethod.Get, location) { Headers = { Range = new RangeHeaderValue(60_000, 60_010) } };
        var unsatisfiable = await client.SendAsync(beyond);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, unsatisfiable.StatusCode);
        Assert.Equal("bytes */50000", unsatisfiable.Content.Headers.ContentRange?.ToString());

        using var head = new HttpRequestMessage(HttpMethod.Head, location);
        var headers = await client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headers.StatusCode);
        Assert.Equal(50_000, headers.Content.Headers.ContentLength);
        Assert.Empty(await headers.Content.ReadAsByteArrayAsync());

        using var cached = new HttpRequestMessage(HttpMethod.Get, location) { Headers = { IfNoneMatch = { new EntityTagHeaderValue($"\"{sha}\"") } } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(cached)).StatusCode);
    }

    [Theory]
    [InlineData("{0}:Media:0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("othernode:Media:0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("{0}:School:01JD3V7Q2Y8K5M4N6P9R0S1T2V", HttpStatusCode.BadRequest)]
    [InlineData("{0}:Media:NOTAHASH", HttpStatusCode.BadRequest)]
    [InlineData("not-an-id", HttpStatusCode.BadRequest)]
    public async Task Unknown_foreign_or_malformed_media_ids_are_problems(string id, HttpStatusCode status)
    {
        using var node = CreateNode();

        var response = await node.CreateClient().GetAsync($"/media/{string.Format(System.Globalization.CultureInfo.InvariantCulture, id, node.Institution)}");

        await AssertProblemAsync(response, status);
    }

    private static ByteArrayContent Content(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private static async Task AssertNothingStoredAsync(WebApplicationFactory<Program> node)
    {
        Assert.Empty(FilesUnder(Store(node).Root));
        using var scope = node.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NodeDbContext>().MediaBlobs.CountAsync());
    }

    private static MediaStore Store(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<MediaStore>();

    internal static List<string> FilesUnder(string root) =>
        Directory.Exists(root) ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)] : [];
}

public sealed class MediaUploadOnSqliteTests() : MediaUploadTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MediaUploadOnPostgresTests(PostgresServer server) : MediaUploadTests(NodeDatabaseEngine.Postgres, server);
