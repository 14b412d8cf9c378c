using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Exhibitions;

/// <summary>Sends one package file to a node's <c>POST /media</c> as raw bytes, reporting progress, and checks the SHA-256 it stored.</summary>
internal sealed class MediaUpload(HttpClient http, TextWriter progress, string? accessToken)
{
    // As for downloads: about every tenth of a large file, so a slow transfer shows it is moving.
    private const long ReportEvery = 4 * 1024 * 1024;

    public async Task<string> SendAsync(Uri media, string file, string sha256, string? contentType, string label, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(file);
        var total = input.Length;
        using var content = new StreamContent(new ProgressStream(input, Math.Max(ReportEvery, total / 10), copied =>
            progress.WriteLine($"  {label}: {MediaDownload.Size(copied)} of {MediaDownload.Size(total)} ({copied * 100 / Math.Max(1, total)}%)")));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
        content.Headers.ContentLength = total;
        using var request = new HttpRequestMessage(HttpMethod.Post, media) { Content = content };
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        using var response = await GraphQLCall.SendAsync(http, request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new CliFailure(ExitCodes.Failure, $"{media} refused {label} with {(int)response.StatusCode}: {await DetailAsync(response, cancellationToken)}");
        var stored = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var storedSha256 = stored.TryGetProperty("sha256", out var s) ? s.GetString() : null;
        if (storedSha256 != sha256)
            throw new CliFailure(ExitCodes.Failure, $"{media} stored {label} as SHA-256 {storedSha256}, not {sha256}.");
        return stored.GetProperty("id").GetString()!;
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } text) return text;
        }
        catch (JsonException)
        {
        }
        return string.IsNullOrWhiteSpace(body) ? response.ReasonPhrase ?? "no detail" : body.Trim();
    }

    /// <summary>A read-only view of a file stream that reports every <c>step</c> bytes read.</summary>
    private sealed class ProgressStream(Stream inner, long step, Action<long> report) : Stream
    {
        private long _read;
        private long _reported;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Counted(int read)
        {
            _read += read;
            if (_read - _reported >= step)
            {
                _reported = _read;
                report(_read);
            }
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
