using System.Collections.Concurrent;
using System.Text.Json;

namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>Every GraphQL request a server received: its body's query and the headers the gateway forwarded.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void Add(RecordedRequest request) => _requests.Enqueue(request);

    public void Clear() => _requests.Clear();

    /// <summary>The requests whose query asks for <c>_entities</c>.</summary>
    public IReadOnlyList<RecordedRequest> EntityRequests => [.. Requests.Where(r => r.Query.Contains("_entities", StringComparison.Ordinal))];
}

public sealed record RecordedRequest(string Query, JsonElement Variables, IReadOnlyDictionary<string, string> Headers);
