using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ProfD.Trust.Identity;

/// <summary>Creates or updates the hub's clients at start, after the database is migrated, so configuration changes (web redirect URIs) take effect on restart.</summary>
internal sealed class HubClientSeeder(IServiceScopeFactory scopes, IOptions<TrustIdentityOptions> options, ServiceClientSecrets secrets) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await UpsertAsync(manager, HubClients.CliDescriptor(), cancellationToken);
        await UpsertAsync(manager, HubClients.WebDescriptor(options.Value.WebRedirectUris), cancellationToken);
        await UpsertAsync(manager, HubClients.HarvesterDescriptor(secrets.Harvester), cancellationToken);
        await UpsertAsync(manager, HubClients.OperatorDescriptor(secrets.Operator), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task UpsertAsync(IOpenIddictApplicationManager manager, OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await manager.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null) await manager.CreateAsync(descriptor, ct);
        else await manager.UpdateAsync(existing, descriptor, ct);
    }
}
