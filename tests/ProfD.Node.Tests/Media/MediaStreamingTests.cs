using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Media;

/// <summary>
/// Uploads over a real socket to a node on Kestrel, where a body really arrives bit by bit and a client really goes
/// away: an upload that stops midway, for whatever reason, leaves nothing on disk or in the database.
/// </summary>
public abstract class MediaStreamingTests : EngineTestBase
{
    private protected MediaStreamingTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    [Fact]
    public async Task A_client_that_resets_the_connection_midway_leaves_nothing_behind()
    {
        await using var node = await KestrelNode.StartAsync(Database.Connection.ConnectionString);
        using var tcp = await SendPartialUploadAsync(node, declaredLength: 10_000_000, sent: 300_000);

        await Eventually.TrueAsync(() => MediaUploadTests.FilesUnder(node.MediaRoot).Count > 0, "The upload never reached the disk");
        tcp.Client.LingerState = new LingerOption(true, 0);
        tcp.Close();

        await Eventually.TrueAsync(() => MediaUploadTests.FilesUnder(node.MediaRoot).Count == 0, "The partial upload was left on disk");
        Assert.Equal(0, await node.WithDatabaseAsync(db => db.MediaBlobs.CountAsync()));
    }

    [Fact]
    public async Task A_client_that_stops_sending_before_its_content_length_gets_no_success_and_leaves_nothing_behind()
    {
        await using var node = await KestrelNode.StartAsync(Database.Connection.ConnectionString);
        using var tcp = await SendPartialUploadAsync(node, declaredLength: 10_000_000, sent: 300_000);
        await Eventually.TrueAsync(() => MediaUploadTests.FilesUnder(node.MediaRoot).Count > 0, "The upload never reached the disk");

        var stream = tcp.GetStream();
        tcp.Client.Shutdown(SocketShutdown.Send);
        // Kestrel ends such a connection, with a 400 or without an answer; either way the upload did not succeed.
        var response = await ReadResponseAsync(stream);

        Assert.DoesNotContain("HTTP/1.1 2", response, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => MediaUploadTests.FilesUnder(node.MediaRoot).Count == 0, "The partial upload was left on disk");
        Assert.Equal(0, await node.WithDatabaseAsync(db => db.MediaBlobs.CountAsync()));
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_413_and_leaves_nothing_behind()
    {
        await using var node = await KestrelNode.StartAsync(Database.Connection.ConnectionString, new Dictionary<string, string?> { ["Media:MaxUploadBytes"] = "100000" });
        var bytes = MediaSamples.Binary(MediaSamples.JpegHead, 150_000);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, node.Address.Port);
        var stream = tcp.GetStream();
        var request = new MemoryStream();
        request.Write(Encoding.ASCII.GetBytes($"POST /media HTTP/1.1\r\nHost: {node.Address.Authority}\r\nContent-Type: image/jpeg\r\nTransfer-Encoding: chunked\r\n\r\n"));
        for (var offset = 0; offset < bytes.Length; offset += 10_000)
        {
            var length = Math.Min(10_000, bytes.Length - offset);
            request.Write(Encoding.ASCII.GetBytes($"{length:X}\r\n"));
            request.Write(bytes, offset, length);
            request.Write("\r\n"u8);
        }
        request.Write("0\r\n\r\n"u8);
        await stream.WriteAsync(request.ToArray());

        var response = await ReadResponseAsync(stream);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("Media:MaxUploadBytes", response, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => MediaUploadTests.FilesUnder(node.MediaRoot).Count == 0, "The refused upload was left on disk");
        Assert.Equal(0, await node.WithDatabaseAsync(db => db.MediaBlobs.CountAsync()));
    }

    [Fact]
    public async Task Unfinished_uploads_left_by_a_stopped_process_are_removed_when_the_node_starts()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "profd-tests", Guid.NewGuid().ToString("N"));
        var incoming = Path.Combine(dataDirectory, "media", ".incoming");
        Directory.CreateDirectory(incoming);
        await File.WriteAllBytesAsync(Path.Combine(incoming, "crashed.part"), MediaSamples.Binary(MediaSamples.PngHead, 1000));

        await using var node = await KestrelNode.StartAsync(Database.Connection.ConnectionString, dataDirectory: dataDirectory);

        Assert.Empty(MediaUploadTests.FilesUnder(node.MediaRoot));
    }

    private static async Task<TcpClient> SendPartialUploadAsync(KestrelNode node, long declaredLength, int sent)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, node.Address.Port);
        var stream = tcp.GetStream();
        var headers = $"POST /media HTTP/1.1\r\nHost: {node.Address.Authority}\r\nContent-Type: video/mp4\r\nContent-Length: {declaredLength}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
        await stream.WriteAsync(MediaSamples.Binary(MediaSamples.Mp4Head, sent));
        await stream.FlushAsync();
        return tcp;
    }

    private static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[8192];
        // Read until the end of the headers and the body they announce (by length or chunked), or until the server closes.
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException)
            {
                // The server reset the connection: what arrived before is the answer.
                break;
            }
            if (read == 0) break;
            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) continue;
            var headers = text[..end].Split("\r\n");
            if (headers.Any(h => h.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) && text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)) break;
            var lengthHeader = headers.FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            if (lengthHeader is not null && received.Length >= end + 4 + int.Parse(lengthHeader["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)) break;
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}

public sealed class MediaStreamingOnSqliteTests() : MediaStreamingTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class MediaStreamingOnPostgresTests(PostgresServer server) : MediaStreamingTests(NodeDatabaseEngine.Postgres, server);
