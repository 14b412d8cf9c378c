using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Demo;

/// <summary>A demo node serves real files behind every piece of its published exhibitions that names one.</summary>
public sealed class DemoMediaFileTests
{
    [Fact]
    public async Task Videos_images_audio_and_documents_of_published_demo_exhibitions_are_served_with_their_recorded_hash()
    {
        await using var node = await KestrelNode.StartAsync(null, new Dictionary<string, string?>
        {
            ["Node:Institution"] = "uclioe",
            ["Node:SeedDemoData"] = "true",
        });
        using var http = new HttpClient { BaseAddress = node.Address };
        var response = await http.PostAsJsonAsync("/graphql", new { query = "{ exhibitions(first: 5) { nodes { media { kind contentType sizeBytes mediaId url } } } }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var media = body.GetProperty("data").GetProperty("exhibitions").GetProperty("nodes").EnumerateArray()
            .SelectMany(e => e.GetProperty("media").EnumerateArray()).ToList();
        var expected = new Dictionary<string, (string Type, byte[] Magic)>
        {
            ["VIDEO"] = ("video/webm", [0x1A, 0x45, 0xDF, 0xA3]),
            ["IMAGE"] = ("image/png", [0x89, (byte)'P', (byte)'N', (byte)'G']),
            ["AUDIO"] = ("audio/wav", "RIFF"u8.ToArray()),
            ["DOCUMENT"] = ("application/pdf", "%PDF"u8.ToArray()),
        };

        foreach (var (kind, (type, magic)) in expected)
        {
            var item = media.First(m => m.GetProperty("kind").GetString() == kind);
            Assert.Equal(type, item.GetProperty("contentType").GetString());
            var id = item.GetProperty("mediaId").GetString()!;
            using var file = await http.GetAsync($"/media/{id}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(type, file.Content.Headers.ContentType!.MediaType);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.Equal(magic, bytes[..magic.Length]);
            Assert.Equal(item.GetProperty("sizeBytes").GetInt64(), bytes.Length);
            Assert.EndsWith(Convert.ToHexStringLower(SHA256.HashData(bytes)), id, StringComparison.Ordinal);
        }

        // Every piece with a file is an upload, served at /media/{mediaId}, with no second address beside it.
        Assert.All(media.Where(m => m.GetProperty("mediaId").ValueKind == JsonValueKind.String), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("url").ValueKind));
    }
}
