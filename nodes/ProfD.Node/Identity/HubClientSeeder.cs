using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using ProfD.Node.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Node.Identity;

/// <summary>
/// Registers the trust hub as this login server's one client at start, or brings its registration up to date: a public
/// client (no secret) using the code flow with PKCE, redirecting only to <c>{Hub}connect/institution-callback</c>.
/// </summary>
internal sealed class HubClientSeeder(
    IServiceScopeFactory scopes, DatabaseMigrator migrator, IOptions<NodeIdentityOptions> options, ILogger<HubClientSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Hub is not { } hub) return;
        await migrator.MigrateAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = DescriptorFor(options.Value.HubClientId, hub);
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        else
            await applications.CreateAsync(descriptor, cancellationToken);
        logger.LogInformation("Login client {ClientId} registered for the hub at {Hub}", descriptor.ClientId, hub);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static OpenIddictApplicationDescriptor DescriptorFor(string clientId, Uri hub)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "ProfD trust hub",
            RedirectUris = { new Uri(hub, NodeLogin.HubCallbackPath) },
            PostLogoutRedirectUris = { hub },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var scope in NodeLogin.HubScopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        return descriptor;
    }
}
