using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProfD.Bench.Gateways;

/// <summary>
/// A subgraph made almost free: a Kestrel server on loopback in front of a real node or trust that answers a GraphQL
/// POST it has seen before (same path, same body) with the bytes the upstream gave the first time, and passes anything
/// else through. With it, a run measures what the gateways themselves cost, as published gateway benchmarks do with
/// stub subgraphs, instead of the subgraphs' SQL and GraphQL execution on the same cores.
/// </summary>
internal sealed class CachingProxy : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.Ordinal);
    private readonly HttpClient _upstream = Load.NewClient();
    private readonly WebApplication _app;

    private CachingProxy(Uri upstream, int port)
    {
        Upstream = upstream;
        Url = new Uri($"http://127.0.0.1:{port}{upstream.AbsolutePath}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public Uri Upstream { get; }

    /// <summary>The proxy's address for the upstream's GraphQL endpoint.</summary>
    public Uri Url { get; }

    private int _hits;
    private int _misses;

    /// <summary>Requests answered from the cache.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Requests passed to the upstream: the first of each kind, and anything not a POST.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public static async Task<CachingProxy> StartAsync(Uri upstream)
    {
        var proxy = new CachingProxy(upstream, Federation.FreePort());
        await proxy._app.StartAsync();
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        var key = request.Method == HttpMethods.Post ? request.Path + "\n" + Encoding.UTF8.GetString(bytes) : null;
        if (key is not null && _answers.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            await WriteAsync(context, cached);
            return;
        }
        Interlocked.Increment(ref _misses);
        var answer = await ForwardAsync(request, bytes);
        // Only good answers are kept: a node still starting must be asked again.
        if (key is not null && answer.Status == HttpStatusCode.OK) _answers.TryAdd(key, answer);
        await WriteAsync(context, answer);
    }

    private async Task<Answer> ForwardAsync(HttpRequest request, byte[] body)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(Upstream, request.Path + request.QueryString));
        if (body.Length > 0 || request.Method == HttpMethods.Post)
        {
            message.Content = new ByteArrayContent(body);
            if (request.ContentType is { } type) message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        foreach (var header in new[] { "Accept", "Authorization" })
        {
            if (request.Headers.TryGetValue(header, out var values)) message.Headers.TryAddWithoutValidation(header, (IEnumerable<string>)values!);
        }
        using var response = await _upstream.SendAsync(message);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    private static Task WriteAsync(HttpContext context, Answer answer)
    {
        context.Response.StatusCode = (int)answer.Status;
        if (answer.ContentType is not null) context.Response.ContentType = answer.ContentType;
        context.Response.ContentLength = answer.Body.Length;
        return context.Response.Body.WriteAsync(answer.Body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _upstream.Dispose();
    }

    private sealed record Answer(HttpStatusCode Status, string? ContentType, byte[] Body);
}
