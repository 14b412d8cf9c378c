using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Exhibitions;

/// <summary>
/// <c>profd exhibition export</c> as a real process against a stand-in on loopback that is both the gateway (the
/// exhibition's document and credential, the registry) and the home node (its /media files).
/// </summary>
public sealed class ExhibitionExportCommandProcessTests : IAsyncLifetime
{
    private const string Id = "uclioe:Exhibition:01JD3V7Q2Y8K5M4N6P9R0S1T2V";
    private const string Credential = """{"id":"uclioe:Award:1","proof":{"jws":"x..y"}}""";

    private static readonly byte[] Video = RandomNumberGenerator.GetBytes(5 * 1024 * 1024 + 17);
    private static readonly byte[] Image = RandomNumberGenerator.GetBytes(2048);

    private readonly TempDirectory _temp = new();
    private WebApplication _standIn = null!;
    private string _gateway = null!;
    private string _document = null!;

    public async Task InitializeAsync()
    {
        var port = FreePorts.One();
        _gateway = $"http://127.0.0.1:{port}";
        _document = Document(("/media/uclioe:Media:" + Sha(Video), Sha(Video), "video/mp4"), ("media/picture", Sha(Image), "image/jpeg"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(_gateway);
        builder.Logging.ClearProviders();
        _standIn = builder.Build();
        _standIn.MapPost("/graphql", async (HttpContext context) =>
        {
            var request = await JsonDocument.ParseAsync(context.Request.Body);
            var id = request.RootElement.GetProperty("variables").GetProperty("id").GetString();
            var exhibition = id == Id
                ? new JsonObject { ["id"] = Id, ["title"] = "Say it, then write it", ["status"] = "PUBLISHED", ["document"] = _document,
                    ["award"] = new JsonObject { ["id"] = "uclioe:Award:1", ["revoked"] = false, ["credential"] = Credential } }
                : null;
            var institutions = new JsonArray(new JsonObject { ["code"] = "uclioe", ["endpoint"] = $"{_gateway}/graphql" });
            return Results.Json(new JsonObject { ["data"] = new JsonObject { ["exhibition"] = exhibition, ["institutions"] = new JsonObject { ["nodes"] = institutions } } });
        });
        _standIn.MapGet("/media/uclioe:Media:{sha}", (string sha) => sha == Sha(Video) ? Results.Bytes(Video, "video/mp4") : Results.NotFound());
        // The demo's seeded pieces name files relative to the node, not under /media/{id}; the same rule reaches them.
        _standIn.MapGet("/media/picture", () => Results.Bytes(Image, "image/jpeg"));
        _standIn.MapGet("/media/tampered", () => Results.Bytes([.. Image, 0], "image/jpeg"));
        await _standIn.StartAsync();
    }

    [Fact]
    public async Task Writes_the_document_the_credential_and_every_media_file_byte_for_byte_with_progress_on_stderr()
    {
        var package = _temp.Combine("package");

        using var profd = await ProfdProcess.RunAsync(_temp.Path, "exhibition", "export", Id, "--out", package, "--gateway", _gateway);

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        Assert.Equal(_document, await File.ReadAllTextAsync(Path.Combine(package, "exhibition.json")));
        Assert.Equal(Credential, await File.ReadAllTextAsync(Path.Combine(package, "credential.json")));
        Assert.Equal(Video, await File.ReadAllBytesAsync(Path.Combine(package, "media", Sha(Video))));
        Assert.Equal(Image, await File.ReadAllBytesAsync(Path.Combine(package, "media", Sha(Image))));
        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(package, "package.json"))).RootElement;
        Assert.Equal("profd-exhibition-package/1.0", manifest.GetProperty("format").GetString());
        Assert.Equal(Id, manifest.GetProperty("exhibition").GetString());
        Assert.Equal([Sha(Video), Sha(Image)], manifest.GetProperty("media").EnumerateArray().Select(m => m.GetProperty("sha256").GetString()));
        Assert.Contains("Downloading media 1/2 (video/mp4)", profd.StandardError, StringComparison.Ordinal);
        Assert.Contains("%)", profd.StandardError, StringComparison.Ordinal);
        Assert.StartsWith($"Exported {Id} to ", profd.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_does_not_match_its_sha256_fails_and_is_not_kept()
    {
        _document = Document(("media/tampered", Sha(Image), "image/jpeg"));
        var package = _temp.Combine("tampered");

        using var profd = await ProfdProcess.RunAsync(_temp.Path, "exhibition", "export", Id, "--out", package, "--gateway", _gateway);

        Assert.Equal(1, profd.ExitCode);
        Assert.Contains($"not {Sha(Image)} as the document says", profd.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(package, "media")));
    }

    [Fact]
    public async Task An_unknown_exhibition_exits_1_with_one_line()
    {
        using var profd = await ProfdProcess.RunAsync(_temp.Path, "exhibition", "export", "uclioe:Exhibition:nope", "--out", _temp.Combine("none"), "--gateway", _gateway);

        Assert.Equal(1, profd.ExitCode);
        Assert.Equal("profd: There is no exhibition uclioe:Exhibition:nope that you may read.\n", profd.StandardError.ReplaceLineEndings("\n"));
    }

    public async Task DisposeAsync()
    {
        await _standIn.DisposeAsync();
        _temp.Dispose();
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Document(params (string Url, string Sha256, string ContentType)[] media) => new JsonObject
    {
        ["format"] = "exhibition-format/1.0",
        ["id"] = Id,
        ["institution"] = "uclioe",
        ["title"] = "Say it, then write it",
        ["media"] = new JsonArray([.. media.Select(m => (JsonNode)new JsonObject
        {
            ["kind"] = "VIDEO", ["caption"] = "a piece", ["sha256"] = m.Sha256, ["contentType"] = m.ContentType, ["url"] = m.Url,
            ["showsPupils"] = false, ["consentRecorded"] = false,
        }), new JsonObject { ["kind"] = "LINK", ["caption"] = "elsewhere", ["url"] = "https://example.org/x", ["showsPupils"] = false, ["consentRecorded"] = false }]),
    }.ToJsonString();
}
