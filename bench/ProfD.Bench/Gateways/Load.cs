using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ProfD.Bench.Gateways;

/// <summary>What one target did under one query and concurrency.</summary>
internal sealed record LoadResult(string Target, int Concurrency, long Requests, long Failures, double Seconds, double P50Ms, double P99Ms)
{
    public double Throughput => Requests / Seconds;
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

    public static byte[] Body(string query) => JsonSerializer.SerializeToUtf8Bytes(new { query });

    /// <summary>One request; throws unless it answers data without errors. Returns the body.</summary>
    public async Task<JsonElement> CheckAsync(string target, Uri url, string query)
    {
        using var response = await http.PostAsync(url, Content(Body(query)));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"{target} at {url} answered {(int)response.StatusCode} to {query}:\n{text[..Math.Min(text.Length, 1000)]}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<LoadResult> RunAsync(string target, Uri url, string query, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        await CheckAsync(target, url, query);
        var body = Body(query);
        await DriveAsync(url, body, concurrency, warmup, record: false);
        var (latencies, failures, seconds) = await DriveAsync(url, body, concurrency, duration, record: true);
        latencies.Sort();
        return new LoadResult(target, concurrency, latencies.Count, failures, seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private async Task<(List<long> Latencies, long Failures, double Seconds)> DriveAsync(Uri url, byte[] body, int concurrency, TimeSpan duration, bool record)
    {
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(4096);
            long failures = 0;
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < until)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = false;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Content(body) };
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    await using var stream = await response.Content.ReadAsStreamAsync();
                    ok = response.StatusCode == HttpStatusCode.OK && !await ContainsErrorsAsync(stream, buffer);
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
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

    private static double Percentile(List<long> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)] * 1000.0 / Stopwatch.Frequency;

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Fixed(double value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
