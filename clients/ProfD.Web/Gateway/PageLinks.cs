namespace ProfD.Web.Gateway;

/// <summary>The front-end's own addresses, in one place so pages and tests agree.</summary>
internal static class PageLinks
{
    public static string Exhibition(string id) => "/exhibitions/" + Uri.EscapeDataString(id);

    public static string VerifyAward(string exhibitionId) => Exhibition(exhibitionId) + "/verify";

    /// <summary>The institution code a global ID starts with (<c>{institution}:{Type}:{key}</c>).</summary>
    public static string InstitutionOf(string globalId) => globalId.Split(':', 2)[0];
}
