using Microsoft.Playwright;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Web;

/// <summary>
/// Logging in at the demo's web front-end (port base + 5) through the trust's hub, as a candidate at their own
/// institution's login page, then adding a file to their draft exhibition from "My work".
/// </summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed class WebFrontEndLoginTests(DemoFederationProcess demo) : IAsyncLifetime
{
    // A 1×1 PNG: the node keeps only files whose first bytes say what they are.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private HeadlessChromium _chromium = null!;

    private string Web => $"http://127.0.0.1:{demo.PortBase + 5}";

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task A_candidate_logs_in_through_the_hub_and_uploads_a_file_to_their_draft()
    {
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync($"{Web}/mentors");
        await page.ClickAsync("a.login");
        await page.ClickAsync("a[data-institution=uclioe]");
        await page.WaitForSelectorAsync("#email");
        await page.FillAsync("#email", "candidate@uclioe.demo");
        await page.FillAsync("#password", demo.Password);
        await page.ClickAsync("button[type=submit]");

        // Back where they started, logged in.
        await page.WaitForURLAsync($"{Web}/mentors");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(".account .who").InnerTextAsync()));

        await page.GotoAsync($"{Web}/my");
        Assert.Equal(0, await page.Locator(".problems").CountAsync());
        var draft = page.Locator("article.draft:has(form.upload)").First;
        Assert.True(await draft.CountAsync() == 1, await page.ContentAsync());
        var caption = $"A photo of the class display {Guid.NewGuid():N}";
        await draft.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "display.png", MimeType = "image/png", Buffer = Png });
        await draft.Locator("input[name=caption]").FillAsync(caption);
        await draft.Locator("textarea[name=description]").FillAsync("The class's display board of fraction walls.");
        await HeadlessChromium.ScreenshotAsync(page, "web-my-work-before-upload");
        await draft.Locator("button[type=submit]").ClickAsync();

        await page.WaitForSelectorAsync(".notice");
        Assert.Equal(0, await page.Locator(".problems").CountAsync());
        Assert.Contains(caption, await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"image: {caption} (image/png)", await page.Locator("article.draft ol.pieces").First.InnerTextAsync(), StringComparison.Ordinal);
        await HeadlessChromium.ScreenshotAsync(page, "web-my-work-uploaded");

        // Logging out forgets the person.
        await page.ClickAsync(".account button[type=submit]");
        Assert.Equal(1, await page.Locator("a.login").CountAsync());
    }
}
