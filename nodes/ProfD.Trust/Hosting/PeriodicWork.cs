using Microsoft.Extensions.Options;

namespace ProfD.Trust.Hosting;

/// <summary>
/// Runs a piece of work at start and then every interval, on the <see cref="TimeProvider"/>'s clock, until the host
/// stops. A failed run is logged and the next one comes on time. <see cref="Wake"/> starts the next run early.
/// </summary>
internal abstract class PeriodicWork(TimeProvider time, IOptions<TrustOptions> options, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>The trust's options, for the interval.</summary>
    protected TrustOptions Options => options.Value;

    protected abstract TimeSpan Interval { get; }

    protected abstract string What { get; }

    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    /// <summary>Asks for a run now instead of at the next tick.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try { wake.Release(); } catch (SemaphoreFullException) { }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundWork) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The {What} run failed; the next one comes in {Interval}", What, Interval);
            }
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(Interval, time, tick.Token);
            var woken = wake.WaitAsync(tick.Token);
            try
            {
                await Task.WhenAny(delay, woken);
            }
            finally
            {
                await tick.CancelAsync();
            }
            if (stoppingToken.IsCancellationRequested) return;
        }
    }
}
