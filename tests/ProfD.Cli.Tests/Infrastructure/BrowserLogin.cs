namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// A person's access token the way a person gets one: Chromium at a web client (<see cref="CodeFlowClientApp"/> on
/// <c>webPort</c>, which the hub must accept as a redirect), through the hub to their institution's login page and back.
/// </summary>
public static class BrowserLogin
{
    public static async Task<string> AccessTokenAsync(Uri hub, int webPort, string institution, string email, string password)
    {
        await HubReadiness.WaitForInstitutionsAsync(hub, institution);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        await using var web = await CodeFlowClientApp.StartAsync(webPort, hub);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(web.LoginUrl(institution));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#who");
        return web.LastAccessToken ?? throw new InvalidOperationException("The web client saw no access token.");
    }
}
