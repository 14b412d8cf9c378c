namespace ProfD.Node.Identity;

/// <summary>Names shared by the login page and the login server.</summary>
internal static class NodeLogin
{
    /// <summary>The cookie scheme that remembers who signed in at this node; used explicitly, never the default scheme.</summary>
    public const string Scheme = "ProfD.Node.Login";

    public const string LoginPath = "/account/login";

    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>The one message for every failed login, so that a failure does not tell which accounts exist.</summary>
    public const string FailureMessage = "Email or password is incorrect, or the account is locked. Try again later.";

    /// <summary>The path of the hub's callback, relative to its issuer.</summary>
    public const string HubCallbackPath = "connect/institution-callback";

    /// <summary>The scopes the hub may ask for (openid and offline_access need no permission).</summary>
    public static IReadOnlyList<string> HubScopes { get; } = ["profile", "email", ProfD.Schema.Identity.FederationScopes.Affiliation, ProfD.Schema.Identity.FederationScopes.Roles];
}
