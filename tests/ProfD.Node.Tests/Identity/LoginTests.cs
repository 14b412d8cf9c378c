using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Identity;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Identity;

namespace ProfD.Node.Tests.Identity;

/// <summary>The login form: one answer for every failure, lockout, rate limiting, safe redirects and HTTPS off loopback.</summary>
public sealed class LoginTests : IDisposable
{
    private readonly NodeAppFactory node = new("idpnode");
    private readonly List<IDisposable> owned = [];

    public void Dispose()
    {
        foreach (var item in owned) item.Dispose();
        node.Dispose();
    }

    private WebApplicationFactory<Program> Start(int attemptsPerMinute = 100)
    {
        var factory = node.WithWebHostBuilder(b =>
        {
            b.UseSetting("Node:Identity:Hub", LoginBrowser.Hub);
            b.UseSetting("Node:Identity:LoginAttemptsPerMinute", attemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        owned.Add(factory);
        return factory;
    }

    private LoginBrowser Browser(WebApplicationFactory<Program> factory)
    {
        var browser = new LoginBrowser(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        owned.Add(browser);
        return browser;
    }

    [Fact]
    public async Task Wrong_password_unknown_email_and_locked_account_give_the_same_answer()
    {
        var factory = Start();
        await TestAccounts.CreateAsync(factory.Services, "known@idpnode.example", "Known", FederationAffiliations.Member, null);
        var locked = await TestAccounts.CreateAsync(factory.Services, "locked@idpnode.example", "Locked", FederationAffiliations.Member, null);
        await WithUsersAsync(factory, async users =>
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddHours(1)));
        var browser = Browser(factory);

        var wrongPassword = await browser.LogInAsync("/account/login", "known@idpnode.example", "not the password");
        var unknownEmail = await browser.LogInAsync("/account/login", "nobody@idpnode.example", "not the password");
        var lockedOut = await browser.LogInAsync("/account/login", "locked@idpnode.example", TestAccounts.Password);

        var pages = new List<string>();
        foreach (var response in new[] { wrongPassword, unknownEmail, lockedOut })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(NodeLogin.FailureMessage, LoginBrowser.Alert(page));
            pages.Add(LoginBrowser.WithoutToken(page));
        }
        Assert.All(pages, p => Assert.Equal(pages[0], p));
        Assert.Contains("Test institution idpnode", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_password()
    {
        var factory = Start();
        var account = await TestAccounts.CreateAsync(factory.Services, "guess@idpnode.example", "Guess", FederationAffiliations.Member, null);
        var browser = Browser(factory);

        for (var i = 0; i < 4; i++) await browser.LogInAsync("/account/login", "guess@idpnode.example", $"wrong {i}");
        Assert.Null((await TestAccounts.FindAsync(factory.Services, "guess@idpnode.example")).LockoutEnd);
        var before = DateTimeOffset.UtcNow;
        await browser.LogInAsync("/account/login", "guess@idpnode.example", "wrong 5");
        var after = DateTimeOffset.UtcNow;

        var lockoutEnd = (await TestAccounts.FindAsync(factory.Services, "guess@idpnode.example")).LockoutEnd;
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value, before.AddMinutes(15), after.AddMinutes(15));
        var right = await browser.LogInAsync("/account/login", "guess@idpnode.example", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(NodeLogin.FailureMessage, LoginBrowser.Alert(await right.Content.ReadAsStringAsync()));

        // Identity reads the system clock for lockouts, so the fifteen minutes pass by moving the end into the past.
        await WithUsersAsync(factory, async users =>
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(account.Id))!, DateTimeOffset.UtcNow.AddSeconds(-1)));
        var later = await browser.LogInAsync("/account/login", "guess@idpnode.example", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_are_answered_429_with_the_same_message()
    {
        var factory = Start(attemptsPerMinute: 3);
        await TestAccounts.CreateAsync(factory.Services, "busy@idpnode.example", "Busy", FederationAffiliations.Member, null);
        var browser = Browser(factory);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await browser.LogInAsync("/account/login", $"user{i}@idpnode.example", "wrong")).StatusCode);
        var limited = await browser.LogInAsync("/account/login", "busy@idpnode.example", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(NodeLogin.FailureMessage, LoginBrowser.Alert(await limited.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("//evil.example/connect")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_url_off_this_site_is_replaced_by_the_home_page(string returnUrl)
    {
        var factory = Start();
        await TestAccounts.CreateAsync(factory.Services, "home@idpnode.example", "Home", FederationAffiliations.Member, null);
        var browser = Browser(factory);

        var response = await browser.LogInAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", "home@idpnode.example", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var factory = Start();
        await TestAccounts.CreateAsync(factory.Services, "csrf@idpnode.example", "Csrf", FederationAffiliations.Member, null);
        var browser = Browser(factory);

        var response = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "csrf@idpnode.example",
            ["password"] = TestAccounts.Password,
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/connect/authorize", "203.0.113.7", "http", true)]
    [InlineData("/connect/token", "2001:db8::1", "http", true)]
    [InlineData("/account/login", "203.0.113.7", "http", true)]
    [InlineData("/account/login", "203.0.113.7", "https", false)]
    [InlineData("/account/login", "127.0.0.1", "http", false)]
    [InlineData("/account/login", "::1", "http", false)]
    [InlineData("/health", "203.0.113.7", "http", false)]
    public async Task Plain_HTTP_to_login_endpoints_is_refused_unless_from_loopback(string path, string remote, string scheme, bool refused)
    {
        var factory = Start();

        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = scheme;
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });

        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal(refused, body.Contains(HttpsOrLoopbackFilter.Message, StringComparison.Ordinal));
        if (refused) Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    private static async Task WithUsersAsync(WebApplicationFactory<Program> factory, Func<UserManager<NodeAccount>, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>());
    }
}
