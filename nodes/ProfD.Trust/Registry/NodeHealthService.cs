using Microsoft.Extensions.Options;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Registry;

/// <summary>Checks every node's health at start and then every <see cref="TrustOptions.HealthCheckInterval"/>.</summary>
internal sealed class NodeHealthService(NodeHealthChecker checker, TimeProvider time, IOptions<TrustOptions> trustOptions, ILogger<NodeHealthService> logger)
    : PeriodicWork(time, trustOptions, logger)
{
    protected override TimeSpan Interval => Options.HealthCheckInterval;

    protected override string What => "node health check";

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => checker.CheckAllAsync(stoppingToken);
}
