using System.Text.Json;
using Microsoft.Playwright;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Web;

/// <summary>
/// The web front-end as <c>profd demo</c> runs it (port base + 5), in Debian's headless chromium: searching the library,
/// reading an exhibition, following its lineage to another node, the dashboard's charts. A screenshot of every page.
/// </summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed class WebFrontEndBrowserTests(DemoFederationProcess demo) : IAsyncLifetime
{
    private static readonly TimeSpan HarvestDeadline = TimeSpan.FromSeconds(120);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private HeadlessChromium _chromium = null!;

    private string Web => $"http://127.0.0.1:{demo.PortBase + 5}";

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _chromium.DisposeAsync();
    }

    [Fact]
    public async Task Searching_the_library_finds_exhibitions_and_one_opens_with_its_media()
    {
        var page = await _chromium.NewPageAsync();
        await WaitForLibraryAsync(page);

        await page.FillAsync("input[name=q]", "reading");
        await page.ClickAsync("form[role=search] button[type=submit]");
        Assert.Contains("q=reading", page.Url, StringComparison.Ordinal);
        var cards = page.Locator("ol.cards article.card");
        Assert.True(await cards.CountAsync() > 0, await page.ContentAsync());
        Assert.Contains("for “reading”", await page.Locator("#results-heading").InnerTextAsync(), StringComparison.Ordinal);
        // Facets with counts, and each card says where and when the work comes from.
        Assert.True(await page.Locator(".facet .count").CountAsync() > 0);
        Assert.Matches(@"^\w+ · [A-Z]{2} · \d{4}", (await cards.First.Locator(".meta").InnerTextAsync()).Trim());
        // A thumbnail is shown only for a file its node serves: never a broken image.
        await AssertAllAnswerAsync(await page.Locator("main img[src]").EvaluateAllAsync<string[]>("elements => elements.map(e => e.src)"));
        await HeadlessChromium.ScreenshotAsync(page, "web-library-search");

        var title = (await cards.First.Locator("h3 a").InnerTextAsync()).Trim();
        await cards.First.Locator("h3 a").ClickAsync();
        Assert.Equal(title, (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator(".problems").CountAsync());

        // Every piece is there with its caption; the video and recording carry their transcripts.
        var pieces = page.Locator("ol.media figure.piece");
        Assert.True(await pieces.CountAsync() >= 2, await page.ContentAsync());
        Assert.Equal(1, await page.Locator("figure.piece.video").CountAsync());
        Assert.True(await page.Locator("figure.piece.video details summary").CountAsync() == 1, "the video has its transcript");
        // Each piece is offered (a player, an image, a link), or is text, or says its file is not available: never a broken player.
        Assert.Equal(await pieces.CountAsync(), await page.Locator(
            "figure.piece:is(:has(video, audio, img, a[href]), .text, :has(.missing))").CountAsync());
        // Every player, image and document offered points at a file that answers.
        await AssertAllAnswerAsync(await page.Locator("main video[src], main audio[src], main img[src], figure.document a[href]").EvaluateAllAsync<string[]>(
            "elements => elements.map(e => e.src || e.href)"));
        Assert.Equal(1, await page.Locator("section.award").CountAsync());
        // The video really plays in Chromium: its file decodes (a duration) and playback moves on.
        var played = await page.Locator("figure.piece.video video").EvaluateAsync<double>("""
            async video => {
              video.muted = true;
              await video.play();
              await new Promise(resolve => setTimeout(resolve, 700));
              video.pause();
              return video.currentTime;
            }
            """);
        Assert.True(played > 0, $"the video stayed at {played} s");
        Assert.True(await page.Locator("figure.piece.video video").EvaluateAsync<double>("video => video.duration") > 1);
        await HeadlessChromium.ScreenshotAsync(page, "web-exhibition");
    }

    [Fact]
    public async Task A_lineage_link_leads_to_an_exhibition_at_another_node()
    {
        var (from, to, title) = await CrossNodeLinkAsync();
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync($"{Web}/exhibitions/{Uri.EscapeDataString(from)}");
        Assert.True(await page.Locator("section.lineage svg[role=img]").CountAsync() == 1, "the lineage is drawn as a graph");
        await HeadlessChromium.ScreenshotAsync(page, "web-exhibition-lineage");

        await page.Locator($"a.lineage-link[href='/exhibitions/{Uri.EscapeDataString(to)}']").First.ClickAsync();
        Assert.EndsWith("/exhibitions/" + Uri.EscapeDataString(to), page.Url, StringComparison.Ordinal);
        Assert.Equal(title, (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.NotEqual(from.Split(':')[0], to.Split(':')[0]);
        await HeadlessChromium.ScreenshotAsync(page, "web-exhibition-other-node");
    }

    [Theory]
    [InlineData("candidates-by-stage")]
    [InlineData("awards-per-year")]
    [InlineData("harvest-lag")]
    [InlineData("triangles-complete")]
    public async Task The_dashboard_draws_a_chart_for_each_figure(string figure)
    {
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync($"{Web}/dashboard");
        var chart = page.Locator($"figure.chart[data-figure='{figure}']");
        Assert.Equal(1, await chart.CountAsync());
        Assert.True(await chart.Locator("svg[role=img] rect.bar").CountAsync() > 0, await chart.InnerHTMLAsync());
        Assert.Equal(3, await page.Locator("table.health tbody tr").CountAsync());
        await HeadlessChromium.ScreenshotAsync(page, "web-dashboard");
    }

    [Theory]
    [InlineData("/library", "web-library")]
    [InlineData("/triangles", "web-triangles")]
    [InlineData("/mentors", "web-mentors")]
    [InlineData("/dashboard", "web-dashboard-landmarks")]
    public async Task Every_page_has_landmarks_one_heading_and_text_for_its_images(string path, string screenshot)
    {
        var page = await _chromium.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(Web + path);
        foreach (var landmark in new[] { "header", "nav", "main", "footer" })
            Assert.Equal(1, await page.Locator(landmark).CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(0, await page.Locator("img:not([alt])").CountAsync());
        Assert.Equal(0, await page.Locator(".problems").CountAsync());
        // Usable on a phone: nothing wider than the screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await HeadlessChromium.ScreenshotAsync(page, screenshot + "-phone");
    }

    [Fact]
    public async Task The_triangles_page_shows_three_schools_in_each()
    {
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync($"{Web}/triangles");
        var triangles = page.Locator("article.triangle");
        Assert.True(await triangles.CountAsync() > 0, await page.ContentAsync());
        Assert.Equal(3, await triangles.First.Locator("tbody tr").CountAsync());
    }

    [Fact]
    public async Task An_unknown_exhibition_reads_as_not_found_with_a_code_not_a_stack_trace()
    {
        using var response = await _http.GetAsync($"{Web}/exhibitions/{Uri.EscapeDataString("uclioe:Exhibition:NOPE")}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.NotFound || html.Contains("<code>", StringComparison.Ordinal), html);
    }

    private async Task AssertAllAnswerAsync(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            using var response = await _http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead);
            Assert.True(response.IsSuccessStatusCode, $"{source} answered {(int)response.StatusCode}");
        }
    }

    // The library fills as the trust harvests the nodes in the background; once the gateway has it all, so does the page.
    private async Task WaitForLibraryAsync(IPage page)
    {
        await GatewayReadiness.WaitForLibraryAsync(demo);
        await page.GotoAsync($"{Web}/library");
        Assert.True(await page.Locator("ol.cards article.card").CountAsync() > 0, await page.ContentAsync());
    }

    // An exhibition whose lineage names a library exhibition at another node: both IDs and the other's title.
    private async Task<(string From, string To, string Title)> CrossNodeLinkAsync()
    {
        const string Query = "{ library(first: 100) { nodes { id citedBy { exhibition { id title } } } } }";
        var until = DateTime.UtcNow + HarvestDeadline;
        while (true)
        {
            var response = await demo.GatewayAsync(Query, null);
            var link = response.GetProperty("data").GetProperty("library").GetProperty("nodes").EnumerateArray()
                .SelectMany(n => n.GetProperty("citedBy").EnumerateArray()
                    .Where(c => c.GetProperty("exhibition").ValueKind == JsonValueKind.Object)
                    .Select(c => (From: n.GetProperty("id").GetString()!, To: c.GetProperty("exhibition").GetProperty("id").GetString()!,
                        Title: c.GetProperty("exhibition").GetProperty("title").GetString()!)))
                .FirstOrDefault(l => l.From.Split(':')[0] != l.To.Split(':')[0]);
            if (link.From is not null) return link;
            if (DateTime.UtcNow > until) throw new TimeoutException($"No cross-node lineage in the library after {HarvestDeadline.TotalSeconds}s: {response}");
            await Task.Delay(1000);
        }
    }
}
