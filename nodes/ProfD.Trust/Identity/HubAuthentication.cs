namespace ProfD.Trust.Identity;

/// <summary>Names of the hub's own authentication pieces.</summary>
internal static class HubAuthentication
{
    /// <summary>The cookie that remembers, at the hub, the person their institution vouched for. Never the default scheme.</summary>
    public const string PersonScheme = "ProfD.Hub.Person";

    /// <summary>The claim naming the institution (provider) that vouched for the person.</summary>
    public const string ProviderClaim = "profd_provider";
}
