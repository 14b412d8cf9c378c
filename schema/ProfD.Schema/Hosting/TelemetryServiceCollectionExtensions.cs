using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ProfD.Schema.Hosting;

/// <summary>
/// Traces to an OpenTelemetry collector, when one is configured: incoming requests, outgoing HTTP calls (the gateway's
/// subrequests, the trust's harvests) and the server's own spans, exported over OTLP. Without one, nothing is registered.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The collector's OTLP/HTTP base address, for example <c>http://otel-collector:4318</c>.</summary>
    public const string EndpointKey = "Telemetry:OtlpEndpoint";

    /// <summary>
    /// Exports traces as <paramref name="serviceName"/> when <see cref="EndpointKey"/> (or the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) is set, including spans of the <paramref name="sources"/>.
    /// </summary>
    public static IServiceCollection AddProfDTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName, params string[] sources)
    {
        var endpoint = configuration[EndpointKey] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return services;
        var collector = new Uri(endpoint.TrimEnd('/') + "/v1/traces");

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(sources)
                .AddOtlpExporter(otlp =>
                {
                    otlp.Endpoint = collector;
                    otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                }));
        return services;
    }
}
