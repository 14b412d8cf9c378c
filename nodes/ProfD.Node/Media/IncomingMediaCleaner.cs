namespace ProfD.Node.Media;

/// <summary>
/// Removes temporary upload files left by a process that stopped mid-upload (a crash, a kill), when the node starts;
/// uploads that fail while it runs clean up after themselves.
/// </summary>
internal sealed class IncomingMediaCleaner(MediaStore store, ILogger<IncomingMediaCleaner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var removed = store.ClearIncoming();
        if (removed > 0) logger.LogInformation("Removed {Count} unfinished upload(s) from {Folder}", removed, store.Incoming);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
