using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ProfD.Bench.Gateways;

/// <summary>What one target did under one query and concurrency.</summary>
internal sealed record LoadResult(string Target, int Concurrency, long Failures, double Seconds, List<long> SortedLatencies)
{
    public long Requests => SortedLatencies.Count;

    public double Throughput => Requests / Seconds;

    public double P50Ms => Percentile(0.50);

    public double P99Ms => Percentile(0.99);

    /// <summary>Rounds of the same target run at different times, as one: all their requests over all their time.</summary>
    public static LoadResult Merge(IReadOnlyList<LoadResult> rounds)
    {
        var all = rounds.SelectMany(r => r.SortedLatencies).ToList();
        all.Sort();
        return new LoadResult(rounds[0].Target, rounds[0].Concurrency, rounds.Sum(r => r.Failures), rounds.Sum(r => r.Seconds), all);
    }

    private double Percentile(double p) =>
        SortedLatencies.Count == 0 ? double.NaN : SortedLatencies[Math.Min(SortedLatencies.Count - 1, (int)Math.Ceiling(p * SortedLatencies.Count) - 1)] * 1000.0 / Stopwatch.Frequency;
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> clients each send the same GraphQL POST, wait for the whole answer, and send the
/// next, for a fixed time after a warm-up. A request counts only if it answered 200 with no <c>"errors"</c>.
/// </summary>
internal sealed class Load(HttpClient http)
{
    public static HttpClient NewClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = 256,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static byte[] Body(string query, object? variables = null) =>
        variables is null ? JsonSerializer.SerializeToUtf8Bytes(new { query }) : JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    /// <summary>One request; throws unless it answers data without errors. Returns the body.</summary>
    public async Task<JsonElement> CheckAsync(string target, Uri url, string query, object? variables = null, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Content(Body(query, variables)) };
        if (accessToken is not null) request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"{target} at {url} answered {(int)response.StatusCode} to {query}:\n{text[..Math.Min(text.Length, 1000)]}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<LoadResult> RunAsync(string target, Uri url, string query, int concurrency, TimeSpan warmup, TimeSpan duration, object? variables = null) =>
        RunAsync(target, [url], query, concurrency, warmup, duration, variables);

    /// <summary>
    /// With several <paramref name="urls"/>, one "request" is the same query sent to all of them at once and done when
    /// the last answers: a fan-out done by the client itself, the floor for a gateway's fan-out.
    /// </summary>
    public async Task<LoadResult> RunAsync(string target, IReadOnlyList<Uri> urls, string query, int concurrency, TimeSpan warmup, TimeSpan duration, object? variables = null)
    {
        foreach (var url in urls) await CheckAsync(target, url, query, variables);
        var body = Body(query, variables);
        if (warmup > TimeSpan.Zero) await DriveAsync(urls, body, concurrency, warmup, record: false);
        var (latencies, failures, seconds) = await DriveAsync(urls, body, concurrency, duration, record: true);
        latencies.Sort();
        return new LoadResult(target, concurrency, failures, seconds, latencies);
    }

    private async Task<(List<long> Latencies, long Failures, double Seconds)> DriveAsync(IReadOnlyList<Uri> urls, byte[] body, int concurrency, TimeSpan duration, bool record)
    {
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(4096);
            long failures = 0;
            var buffers = urls.Select(_ => new byte[64 * 1024]).ToArray();
            while (Stopwatch.GetTimestamp() < until)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = urls.Count == 1
                    ? await SendAsync(urls[0], body, buffers[0])
                    : (await Task.WhenAll(urls.Select((url, i) => SendAsync(url, body, buffers[i])))).All(x => x);
                if (ok) latencies.Add(Stopwatch.GetTimestamp() - sent);
                else failures++;
            }
            return (latencies, failures);
        })).ToArray();
        var results = await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = new List<long>(results.Sum(r => r.latencies.Count));
        foreach (var r in results) all.AddRange(r.latencies);
        return (record ? all : [], results.Sum(r => r.failures), seconds);
    }

    private async Task<bool> SendAsync(Uri url, byte[] body, byte[] buffer)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Content(body) };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await using var stream = await response.Content.ReadAsStreamAsync();
            return response.StatusCode == HttpStatusCode.OK && !await ContainsErrorsAsync(stream, buffer);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();

    /// <summary>Reads the whole answer and tells whether it has an "errors" key (a byte search; the answers here never hold the word otherwise).</summary>
    private static async Task<bool> ContainsErrorsAsync(Stream stream, byte[] buffer)
    {
        var found = false;
        var carry = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(carry, buffer.Length - carry))) > 0)
        {
            var filled = carry + read;
            if (!found && buffer.AsSpan(0, filled).IndexOf(ErrorsKey) >= 0) found = true;
            carry = Math.Min(ErrorsKey.Length - 1, filled);
            buffer.AsSpan(filled - carry, carry).CopyTo(buffer);
        }
        return found;
    }

    private static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Fixed(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
