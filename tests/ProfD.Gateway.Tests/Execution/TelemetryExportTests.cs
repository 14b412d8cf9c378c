using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ProfD.Gateway.Tests.Infrastructure;
using ProfD.Schema.Hosting;

namespace ProfD.Gateway.Tests.Execution;

/// <summary>With a collector configured, the gateway exports its traces over OTLP/HTTP: the subrequest spans among them.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed class TelemetryExportTests(DemoFederationFixture federation)
{
    [Fact]
    public async Task A_configured_collector_receives_the_gateways_spans_named_by_service_and_subgraph()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        var collector = await StartCollectorAsync(received);
        await using (collector)
        {
            var gateway = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?>
            {
                [TelemetryServiceCollectionExtensions.EndpointKey] = collector.Urls.First(),
            });
            await gateway.QueryAsync("{ schools(first: 3) { nodes { name triangle { id } } } }");
            // Stopping flushes the batch of spans to the collector.
            await gateway.DisposeAsync();
        }

        var traces = received.Where(r => r.Path == "/v1/traces").Select(r => Encoding.UTF8.GetString(r.Body)).ToList();
        Assert.NotEmpty(traces);
        Assert.Contains(traces, t => t.Contains("profd-gateway", StringComparison.Ordinal));
        Assert.Contains(traces, t => t.Contains("subgraph uclioe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_collector_nothing_is_exported_or_registered()
    {
        var gateway = await TestGateway.StartAsync(federation.Trust.Endpoint);
        await using (gateway)
        {
            Assert.Null(gateway.Services.GetService(typeof(OpenTelemetry.Trace.TracerProvider)));
        }
    }

    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, byte[])> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path.Value!, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
