namespace ProfD.Node.Credentials;

/// <summary>Makes the node's signing key exist from its first start, so its key set is published before any award.</summary>
internal sealed class SigningKeyInitializer(ISigningKeyStore keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = keys.PublicKeys();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
