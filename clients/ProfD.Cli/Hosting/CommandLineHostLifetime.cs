namespace ProfD.Cli.Hosting;

/// <summary>
/// A host lifetime that leaves Ctrl-C and SIGTERM to the command line. Several hosts share one <c>profd</c> process;
/// the command stops them together, in order, instead of each host reacting to the signal on its own.
/// </summary>
internal sealed class CommandLineHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
