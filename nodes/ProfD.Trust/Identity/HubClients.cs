using OpenIddict.Abstractions;
using ProfD.Schema.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ProfD.Trust.Identity;

/// <summary>
/// The hub's own clients: the CLI (device flow), the web app (code + PKCE), and two services with client credentials:
/// the trust's harvester, and the operator (whoever can read the trust's key folder: registering the first institutions).
/// </summary>
internal static class HubClients
{
    public const string Cli = "profd-cli";
    public const string Web = "profd-web";
    public const string Harvester = "profd-harvester";
    public const string Operator = "profd-operator";

    /// <summary>Every scope a person's client may ask for.</summary>
    public static readonly string[] PersonScopes =
        [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, FederationScopes.Affiliation, FederationScopes.Roles, FederationScopes.Api];

    /// <summary>What the harvester may ask for.</summary>
    public static readonly string[] HarvesterScopes = [FederationScopes.Api, FederationScopes.Harvest];

    public static OpenIddictApplicationDescriptor CliDescriptor()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Cli,
            ClientType = ClientTypes.Public,
            DisplayName = "ProfD command line",
        };
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.DeviceAuthorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.DeviceCode, Permissions.GrantTypes.RefreshToken,
        ]);
        AddScopes(descriptor, PersonScopes);
        return descriptor;
    }

    public static OpenIddictApplicationDescriptor WebDescriptor(IEnumerable<string> redirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Web,
            ClientType = ClientTypes.Public,
            DisplayName = "ProfD web",
        };
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        foreach (var uri in redirectUris) descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        AddScopes(descriptor, PersonScopes);
        return descriptor;
    }

    public static OpenIddictApplicationDescriptor HarvesterDescriptor(string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Harvester,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "The trust's harvester",
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        AddScopes(descriptor, HarvesterScopes);
        return descriptor;
    }

    public static OpenIddictApplicationDescriptor OperatorDescriptor(string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Operator,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "The trust's operator",
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        AddScopes(descriptor, [FederationScopes.Api]);
        return descriptor;
    }

    private static void AddScopes(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        // openid and offline_access need no permission: the flows' own permissions cover them.
        foreach (var scope in scopes.Where(s => s is not (Scopes.OpenId or Scopes.OfflineAccess)))
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
    }
}
