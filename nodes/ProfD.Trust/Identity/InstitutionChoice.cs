using System.Text;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Client.AspNetCore;

namespace ProfD.Trust.Identity;

/// <summary>
/// "Choose your institution": the page listing the institutions people can log in through, and the step that sends the
/// person to the chosen one. <c>idp={code}</c> on the request skips the page.
/// </summary>
internal static class InstitutionChoice
{
    public const string LoginPath = "/connect/institution-login";

    /// <summary>Where the person goes next to be vouched for: straight to <paramref name="idp"/> when given, else the page.</summary>
    public static async Task<IResult> ChallengeOrChooseAsync(InstitutionProviders providers, string? idp, string returnUrl, CancellationToken ct)
    {
        var current = await providers.RefreshAsync(ct);
        if (!string.IsNullOrEmpty(idp)) return Challenge(current, idp, returnUrl);
        var list = new StringBuilder("<ul>");
        foreach (var provider in current)
        {
            var href = $"{LoginPath}?idp={Uri.EscapeDataString(provider.Code)}&returnUrl={Uri.EscapeDataString(returnUrl)}";
            list.Append($"<li><a href=\"{HubPage.Encode(href)}\" data-institution=\"{HubPage.Encode(provider.Code)}\">{HubPage.Encode(provider.Name)} ({HubPage.Encode(provider.Code)})</a></li>");
        }
        list.Append("</ul>");
        var body = current.IsEmpty ? "<p>No institution of the programme can log people in at the moment.</p>" : "<p>Log in with your institution:</p>" + list;
        return HubPage.Render("Choose your institution", body);
    }

    /// <summary>GET <c>/connect/institution-login?idp=…&amp;returnUrl=…</c>: the link on the page.</summary>
    public static async Task<IResult> LoginAsync(HttpContext http, InstitutionProviders providers, CancellationToken ct)
    {
        var returnUrl = http.Request.Query["returnUrl"].ToString();
        if (!IsHubReturnUrl(returnUrl))
            return HubPage.Message("Cannot log in", "The login link is incomplete; start again from the application you were using.", StatusCodes.Status400BadRequest);
        return Challenge(await providers.RefreshAsync(ct), http.Request.Query["idp"].ToString(), returnUrl);
    }

    /// <summary>Only back into the hub's own login steps: never an open redirect.</summary>
    public static bool IsHubReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith("/connect/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\');

    private static IResult Challenge(IEnumerable<InstitutionProvider> current, string idp, string returnUrl)
    {
        var provider = current.FirstOrDefault(p => p.Code == idp);
        if (provider is null)
            return HubPage.Message("Cannot log in", $"'{idp}' is not an institution whose people can log in now.", StatusCodes.Status400BadRequest);
        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.RegistrationId] = provider.RegistrationId,
        })
        {
            RedirectUri = returnUrl,
        };
        return Results.Challenge(properties, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);
    }
}
