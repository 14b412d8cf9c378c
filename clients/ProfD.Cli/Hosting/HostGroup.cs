using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Hosting;

/// <summary>
/// The web hosts one <c>profd</c> command runs in its process: started one by one, kept until the command is cancelled
/// (Ctrl-C / SIGTERM) or one of them stops by itself, and stopped in reverse order when the group is disposed.
/// </summary>
internal sealed class HostGroup : IAsyncDisposable
{
    /// <summary>How long each host may take to finish its requests when stopping.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly List<(string Name, WebApplication App)> _started = [];

    /// <summary>
    /// Builds and starts the host called <paramref name="name"/>, returning it with the addresses it listens on in
    /// <see cref="WebApplication.Urls"/>. A failure becomes a <see cref="CliFailure"/> that names the host.
    /// </summary>
    public async Task<WebApplication> StartAsync(string name, Func<WebApplication> build, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = build();
        }
        catch (Exception ex)
        {
            throw CliFailure.From(ex, name, building: true);
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            await app.DisposeAsync();
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
            throw CliFailure.From(ex, name);
        }
        _started.Add((name, app));
        return app;
    }

    /// <summary>
    /// Waits until <paramref name="cancellationToken"/> is cancelled, which is a clean stop. A host that stops by itself
    /// first (a failed background service, say) is a <see cref="CliFailure"/>.
    /// </summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var registrations = _started
            .Select(host => host.App.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult(host.Name)))
            .ToList();
        try
        {
            var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
            if (await Task.WhenAny(cancelled, stopped.Task) == stopped.Task && !cancellationToken.IsCancellationRequested)
                throw new CliFailure(ExitCodes.Failure, $"{await stopped.Task} stopped unexpectedly; stopping the others.");
        }
        finally
        {
            foreach (var registration in registrations) await registration.DisposeAsync();
        }
    }

    /// <summary>Stops every started host, the last started first, and releases them.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            var app = _started[i].App;
            try
            {
                using var timeout = new CancellationTokenSource(StopTimeout);
                await app.StopAsync(timeout.Token);
            }
            finally
            {
                await app.DisposeAsync();
            }
        }
        _started.Clear();
    }
}
