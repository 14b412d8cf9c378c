using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using ProfD.Trust.Registry;
using ProfD.Trust.Tests.Infrastructure;
using Xunit;

namespace ProfD.Trust.Tests.Identity;

/// <summary>The "choose your institution" page and the institutions the hub logs people in through follow the registry, with no restart.</summary>
public sealed partial class InstitutionChoiceTests
{
    private const string WebRedirect = "http://127.0.0.1:9/callback";

    [Fact]
    public async Task The_page_lists_exactly_the_active_institutions_and_follows_the_registry()
    {
        await using var trust = await StartTrustAsync();
        await trust.AddInstitutionAsync("alpha", "http://127.0.0.1:1/graphql");
        await trust.AddInstitutionAsync("beta", "http://127.0.0.1:2/graphql");
        await trust.AddInstitutionAsync("gone", "http://127.0.0.1:3/graphql", InstitutionStatus.Left);
        await trust.AddInstitutionAsync("paused", "http://127.0.0.1:4/graphql", InstitutionStatus.Suspended);
        using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));

        Assert.Equal(["alpha", "beta"], await ListedAsync(browser));

        await trust.AddInstitutionAsync("gamma", "http://127.0.0.1:5/graphql");
        await trust.SetStatusAsync("alpha", InstitutionStatus.Left);
        Assert.Equal(["beta", "gamma"], await ListedAsync(browser));
    }

    [Fact]
    public async Task An_institution_registered_after_start_logs_its_people_in_and_a_moved_endpoint_is_followed()
    {
        await using var trust = await StartTrustAsync();
        await using var first = await StandInInstitutionProvider.StartAsync(new StandInPerson("late:Teacher:kim", "late"), trust.Clock);
        await using var moved = await StandInInstitutionProvider.StartAsync(new StandInPerson("late:Teacher:kim", "late"), trust.Clock);
        using (var before = new HubBrowser(trust.Endpoint.Replace("/graphql", "/")))
        {
            // The hub has built its institution list once already, without the newcomer.
            Assert.Empty(await ListedAsync(before));
        }

        await trust.AddInstitutionAsync("late", first.Endpoint);
        using (var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/")))
        {
            var (_, location) = await browser.FollowAsync(AuthorizeUrl("late"), stopAt: WebRedirect);
            Assert.True(QueryHelpers.ParseQuery(location.Query).ContainsKey("code"), $"No code in {location}");
            Assert.Equal(1, first.SignIns);
        }

        await trust.WithDatabaseAsync(async db =>
        {
            (await db.FindAsync<Institution>("late"))!.Endpoint = moved.Endpoint;
            await db.SaveChangesAsync();
        });
        using (var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/")))
        {
            var (_, location) = await browser.FollowAsync(AuthorizeUrl("late"), stopAt: WebRedirect);
            Assert.True(QueryHelpers.ParseQuery(location.Query).ContainsKey("code"), $"No code in {location}");
            Assert.Equal(1, first.SignIns);
            Assert.Equal(1, moved.SignIns);
        }
    }

    [Fact]
    public async Task Choosing_an_institution_that_is_not_active_is_refused()
    {
        await using var trust = await StartTrustAsync();
        await trust.AddInstitutionAsync("paused", "http://127.0.0.1:4/graphql", InstitutionStatus.Suspended);
        using var browser = new HubBrowser(trust.Endpoint.Replace("/graphql", "/"));

        var (response, _) = await browser.FollowAsync(AuthorizeUrl("paused"), stopAt: WebRedirect);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not an institution whose people can log in", await response.Content.ReadAsStringAsync());
    }

    private static async Task<TrustHost> StartTrustAsync()
    {
        var trust = await TrustHost.StartAsync(settings: s => s["Trust:Identity:WebRedirectUris:0"] = WebRedirect);
        // The browser's cookie jar keeps real time: the hub's clock must agree with it.
        trust.Clock.Advance(DateTimeOffset.UtcNow - trust.Clock.GetUtcNow());
        return trust;
    }

    private static async Task<List<string>> ListedAsync(HubBrowser browser)
    {
        var (response, _) = await browser.FollowAsync(AuthorizeUrl(idp: null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose your institution", html);
        return [.. InstitutionLink().Matches(html).Select(m => m.Groups[1].Value).Order()];
    }

    private static string AuthorizeUrl(string? idp)
    {
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes("verifier-verifier-verifier-verifier-verifier")));
        return $"connect/authorize?client_id=profd-web&response_type=code&scope=openid%20profd&redirect_uri={Uri.EscapeDataString(WebRedirect)}" +
            $"&state=s&code_challenge={challenge}&code_challenge_method=S256" + (idp is null ? "" : $"&idp={idp}");
    }

    [GeneratedRegex("data-institution=\"([^\"]+)\"")]
    private static partial Regex InstitutionLink();
}
