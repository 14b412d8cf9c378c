using Microsoft.Extensions.Options;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Harvesting;

/// <summary>Harvests every active node at start and then every <see cref="TrustOptions.HarvestInterval"/>; <c>reharvest</c> wakes it early.</summary>
internal sealed class HarvestService(ChangeFeedHarvester harvester, TimeProvider time, IOptions<TrustOptions> trustOptions, ILogger<HarvestService> logger)
    : PeriodicWork(time, trustOptions, logger)
{
    protected override TimeSpan Interval => Options.HarvestInterval;

    protected override string What => "harvest";

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => harvester.HarvestAllAsync(stoppingToken);
}
