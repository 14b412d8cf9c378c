using Microsoft.Playwright;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// Debian's chromium (/usr/bin/chromium, installed by .ci/run) driven by Playwright, headless. Fails, never skips,
/// without it. Screenshots land in TestResults/screenshots beside the test assembly, kept as artifacts.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: install it (apt-get install -y chromium), as .ci/run does.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies), so each login starts from nothing.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync();
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png; its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
