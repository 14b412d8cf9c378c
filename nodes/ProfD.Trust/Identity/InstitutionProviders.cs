using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using ProfD.Trust.Data;
using ProfD.Trust.Registry;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// The institutions people can log in through, following the registry live: only ACTIVE institutions, each at the
/// origin of its node's endpoint (or its configured provider). OpenIddict 7.9 reads its client registrations from
/// <see cref="IOptionsMonitor{OpenIddictClientOptions}"/>; when the registry's set changes, the cached options are
/// dropped so the next login builds them again from <see cref="Current"/>, without a restart.
/// </summary>
internal sealed class InstitutionProviders(
    IDbContextFactory<TrustDbContext> contexts,
    IOptions<TrustIdentityOptions> options,
    IOptionsMonitorCache<OpenIddictClientOptions> clientOptions) : IConfigureOptions<OpenIddictClientOptions>
{
    public const string CallbackPath = "connect/institution-callback";

    private readonly Lock gate = new();
    private ImmutableArray<InstitutionProvider> current = [];

    public ImmutableArray<InstitutionProvider> Current
    {
        get { lock (gate) return current; }
    }

    /// <summary>Reads the registry and, if its set of providers changed, makes OpenIddict use the new set.</summary>
    public async Task<ImmutableArray<InstitutionProvider>> RefreshAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var institutions = await db.Set<Institution>().AsNoTracking()
            .Where(i => i.Status == InstitutionStatus.Active)
            .Select(i => new { i.Code, i.Name, i.Endpoint })
            .ToListAsync(ct);
        var providers = institutions
            .Select(i => ToProvider(i.Code, i.Name, i.Endpoint))
            .OfType<InstitutionProvider>()
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        lock (gate)
        {
            if (current.SequenceEqual(providers)) return current;
            current = providers;
        }
        clientOptions.TryRemove(Options.DefaultName);
        return providers;
    }

    public void Configure(OpenIddictClientOptions client)
    {
        foreach (var provider in Current)
        {
            var registration = new OpenIddictClientRegistration
            {
                RegistrationId = provider.RegistrationId,
                ProviderName = provider.Code,
                ProviderDisplayName = provider.Name,
                Issuer = provider.Issuer,
                ClientId = provider.ClientId,
                ClientSecret = provider.ClientSecret,
                RedirectUri = new Uri(CallbackPath, UriKind.Relative),
            };
            registration.Scopes.UnionWith([Scopes.OpenId, Scopes.Profile, Scopes.Email, ProfD.Schema.Identity.FederationScopes.Affiliation, ProfD.Schema.Identity.FederationScopes.Roles]);
            client.Registrations.Add(registration);
        }
    }

    private InstitutionProvider? ToProvider(string code, string name, string endpoint)
    {
        options.Value.Institutions.TryGetValue(code, out var configured);
        Uri? issuer = null;
        if (configured?.Issuer is { Length: > 0 } overridden) issuer = new Uri(overridden, UriKind.Absolute);
        else if (Uri.TryCreate(endpoint, UriKind.Absolute, out var graphql)) issuer = new Uri(graphql.GetLeftPart(UriPartial.Authority) + "/");
        if (issuer is null) return null;
        return new InstitutionProvider(code, name, issuer, configured?.ClientId is { Length: > 0 } id ? id : InstitutionProvider.DefaultClientId, configured?.ClientSecret);
    }
}
