using System.Collections.Concurrent;
using System.Diagnostics;
using ProfD.Gateway.Execution;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.Execution;

/// <summary>One trace shows the whole fan-out: a client span per subrequest, all in the caller's trace.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed class TelemetryTests(DemoFederationFixture federation)
{
    [Fact]
    public async Task Every_subrequest_is_a_client_span_in_the_callers_trace()
    {
        const string traceId = "0af7651916cd43dd8448eb211c80319c";
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GatewayTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        federation.ClearLogs();

        await federation.Gateway.PostAsync("{ schools(first: 3) { nodes { name triangle { id } } } }",
            headers: new Dictionary<string, string> { ["traceparent"] = $"00-{traceId}-b7ad6b7169203331-01" });

        var ours = spans.Where(s => s.TraceId.ToHexString() == traceId).ToList();
        Assert.Equal(["makerere", "trust", "uclioe", "unimelb"], ours.Select(s => (string)s.GetTagItem("profd.institution")!).Order());
        Assert.All(ours, s => Assert.Equal(ActivityKind.Client, s.Kind));
        // Each node saw its own span as the parent: the trace links the gateway's spans to the nodes' work.
        foreach (var node in federation.Nodes.Values)
        {
            var request = Assert.Single(node.Log.Requests, r => r.Headers.ContainsKey("traceparent") && r.Headers["traceparent"].Contains(traceId, StringComparison.Ordinal));
            var parent = request.Headers["traceparent"].Split('-')[2];
            Assert.Contains(ours, s => s.SpanId.ToHexString() == parent);
        }
    }
}
