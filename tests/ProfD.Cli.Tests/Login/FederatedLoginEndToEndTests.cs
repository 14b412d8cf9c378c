using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProfD.Cli.Login;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Login;

/// <summary>
/// Logging in for real: <c>profd demo</c> running, Debian's chromium driving the pages, a person logging in once at
/// their own institution's node through the trust's hub, then doing through the gateway exactly what the rules allow.
/// </summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed partial class FederatedLoginEndToEndTests(DemoFederationProcess demo) : IAsyncLifetime
{
    private const string CandidatesQuery = "{ candidates(first: 100) { totalCount nodes { id } } }";
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task Profd_login_by_device_flow_then_queries_the_gateway_as_that_person()
    {
        using var home = new TempDirectory();
        var environment = new Dictionary<string, string> { [LoginStore.HomeVariable] = home.Path };
        using var login = ProfdProcess.Start(home.Path, environment, "login", "--hub", demo.Hub.ToString());
        await login.WaitForOutputAsync("Waiting for you to approve it");
        var prompt = DevicePrompt().Match(login.StandardOutput);
        Assert.True(prompt.Success, login.Transcript);

        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(prompt.Groups["uri"].Value);
        await page.FillAsync("input[name=user_code]", prompt.Groups["code"].Value);
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("a[data-institution=uclioe]");
        await LogInAtNodeAsync(page, "candidate@uclioe.demo");
        await page.ClickAsync("button[value=approve]");
        await HeadlessChromium.ScreenshotAsync(page, "device-flow-approved");

        await login.WaitForExitAsync();
        Assert.True(login.ExitCode == 0, login.Transcript);
        Assert.Contains("Logged in as", login.StandardOutput, StringComparison.Ordinal);

        using var whoami = await ProfdProcess.RunAsync(home.Path, environment, "whoami");
        Assert.True(whoami.ExitCode == 0, whoami.Transcript);
        Assert.Contains("uclioe:Teacher:", whoami.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("institution: uclioe", whoami.StandardOutput, StringComparison.Ordinal);

        // A member of uclioe sees uclioe's candidates, and no other node's, though the query went to every node.
        using var query = await ProfdProcess.RunAsync(home.Path, environment, "query", CandidatesQuery, "--endpoint", demo.Gateway);
        Assert.True(query.ExitCode == 0, query.Transcript);
        var ids = JsonDocument.Parse(query.StandardOutput).RootElement.GetProperty("data").GetProperty("candidates").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("uclioe:", id, StringComparison.Ordinal));

        // A candidate is not an administrator: creating a school is refused by the node, through the gateway.
        using var mutation = await ProfdProcess.RunAsync(home.Path, environment,
            "query", """mutation { createSchool(node: "uclioe", input: { name: "Not allowed", nation: "GB", economy: DEVELOPED }) { id } }""",
            "--endpoint", demo.Gateway);
        Assert.Equal(1, mutation.ExitCode);
        Assert.Contains("FORBIDDEN", mutation.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_front_end_logs_an_admin_in_by_code_flow_who_may_administer_home_and_nowhere_else()
    {
        await using var web = await CodeFlowClientApp.StartAsync(demo.ThirdPartyWebPort, demo.Hub);
        var page = await _chromium.NewPageAsync();

        await page.GotoAsync(web.LoginUrl());
        Assert.Equal("Choose your institution", await page.TitleAsync());
        await page.ClickAsync("a[data-institution=unimelb]");
        await LogInAtNodeAsync(page, "admin@unimelb.demo");
        await page.WaitForSelectorAsync("#who");
        await HeadlessChromium.ScreenshotAsync(page, "code-flow-signed-in");

        Assert.Equal("unimelb:Account:admin", await page.InnerTextAsync("#subject"));
        Assert.Equal("unimelb", await page.InnerTextAsync("#institution"));
        Assert.Contains("INSTITUTION_ADMIN", await page.InnerTextAsync("#roles"), StringComparison.Ordinal);
        var token = web.LastAccessToken!;

        var home = await demo.GatewayAsync("""mutation { createSchool(node: "unimelb", input: { name: "Carlton North Primary", nation: "AU", economy: DEVELOPED }) { id name } }""", token);
        Assert.False(home.TryGetProperty("errors", out var homeErrors), homeErrors.ToString());
        Assert.StartsWith("unimelb:School:", home.GetProperty("data").GetProperty("createSchool").GetProperty("id").GetString(), StringComparison.Ordinal);

        var away = await demo.GatewayAsync("""mutation { createSchool(node: "uclioe", input: { name: "Not theirs", nation: "GB", economy: DEVELOPED }) { id } }""", token);
        Assert.Equal("FORBIDDEN", away.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var anonymous = await demo.GatewayAsync(CandidatesQuery, accessToken: null);
        Assert.Contains(anonymous.GetProperty("errors").EnumerateArray(), e => e.GetProperty("extensions").GetProperty("code").GetString() == "UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_wrong_password_at_the_node_keeps_the_person_on_the_login_page_with_a_message_that_names_nothing()
    {
        await using var web = await CodeFlowClientApp.StartAsync(demo.ThirdPartyWebPort, demo.Hub);
        var page = await _chromium.NewPageAsync();

        await page.GotoAsync(web.LoginUrl("makerere"));
        await page.FillAsync("#email", "member@makerere.demo");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        Assert.Contains("Email or password is incorrect", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Null(web.LastAccessToken);
    }

    [Fact]
    public async Task The_trusts_harvester_reads_every_node_with_its_client_credentials_token()
    {
        // Nodes refuse their change feed to anyone but a harvester, so a library with works from every node proves the token.
        await GatewayReadiness.WaitForLibraryAsync(demo);
        var library = await demo.GatewayAsync("{ library(first: 100) { totalCount nodes { library { homeInstitution } } } }", accessToken: null);

        Assert.False(library.TryGetProperty("errors", out var errors), errors.ToString());
        var homes = library.GetProperty("data").GetProperty("library").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("library").GetProperty("homeInstitution").GetString()).ToHashSet();
        Assert.Equal(["makerere", "uclioe", "unimelb"], homes.Order());
        using var node = new NodeClient(demo.PortBase + 1);
        var feed = await node.PostAsync("{ changes { hasMore } }");
        Assert.Equal("UNAUTHENTICATED", feed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task LogInAtNodeAsync(IPage page, string email)
    {
        await page.WaitForSelectorAsync("#email");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", demo.Password);
        await page.ClickAsync("button[type=submit]");
    }

    [GeneratedRegex(@"open (?<uri>\S+) and enter the code (?<code>\S+)")]
    private static partial Regex DevicePrompt();
}
