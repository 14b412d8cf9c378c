using System.Diagnostics;
using Xunit.Abstractions;
using ProfD.Gateway.Tests.Infrastructure;

namespace ProfD.Gateway.Tests.GraphiQL;

/// <summary>
/// A real browser opens the gateway's GraphQL address and GraphiQL renders. Needs Chromium at /usr/bin/chromium
/// (.ci/run installs it); fails, never skips, without it.
/// </summary>
[Collection(DemoFederationCollection.Name)]
public sealed class GraphiQLBrowserTests(DemoFederationFixture federation, ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _profile = Directory.CreateTempSubdirectory("profd-chromium-").FullName;

    [Fact]
    public async Task Headless_Chromium_renders_GraphiQL_from_the_gateway_alone()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install it (apt-get install -y chromium), as .ci/run does.");
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-extensions", "--disable-sync",
            "--enable-logging=stderr", "--v=0", $"--user-data-dir={_profile}",
            // Lets the page run its scripts (React renders, GraphiQL introspects) before the DOM is dumped.
            "--virtual-time-budget=15000", "--dump-dom", federation.Gateway.Endpoint])
            start.ArgumentList.Add(argument);

        using var chromium = Process.Start(start)!;
        var dom = chromium.StandardOutput.ReadToEndAsync();
        var log = chromium.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await chromium.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            chromium.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"Chromium did not finish in 90 s.\n{await log}");
        }
        var html = await dom;
        var console = await log;
        foreach (var line in console.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal)))
            output.WriteLine(line);

        Assert.True(html.Contains("graphiql-container", StringComparison.Ordinal), $"GraphiQL did not render.\nDOM:\n{html}\nChromium:\n{console}");
        Assert.Contains("graphiql-editor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Content Security Policy", console, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not create web worker", console, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; it is a temp folder.
        }
    }
}
