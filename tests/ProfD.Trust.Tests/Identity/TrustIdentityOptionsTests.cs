using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfD.Trust.Hosting;
using ProfD.Trust.Identity;
using Xunit;

namespace ProfD.Trust.Tests.Identity;

/// <summary>Bad hub options are refused (at start: ValidateOnStart) with a message naming the key; plain HTTP is for loopback only.</summary>
public sealed class TrustIdentityOptionsTests
{
    [Theory]
    [InlineData("Trust:Identity:AccessTokenLifetime", "00:00:10", "Trust:Identity:AccessTokenLifetime")]
    [InlineData("Trust:Identity:WebRedirectUris:0", "not a uri", "Trust:Identity:WebRedirectUris")]
    [InlineData("Trust:Identity:Admins:0", "nobody", "Trust:Identity:Admins")]
    [InlineData("Trust:Identity:Institutions:inst:Issuer", "nowhere", "Trust:Identity:Institutions:inst:Issuer")]
    [InlineData("Trust:Identity:Issuer", "trust.example", "Trust:Identity:Issuer")]
    public void A_bad_option_is_refused_with_its_key(string key, string value, string named)
    {
        var app = TrustApplication.Build([], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value, ["Trust:DataDirectory"] = Path.GetTempPath() }));

        var failure = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<TrustIdentityOptions>>().Value);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new TrustIdentityOptions();
        Assert.Equal(TimeSpan.FromMinutes(15), options.AccessTokenLifetime);
        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), null, validateAllProperties: true));
    }

    [Theory]
    [InlineData("/connect/token", "203.0.113.7", false, StatusCodes.Status400BadRequest)]
    [InlineData("/.well-known/openid-configuration", "203.0.113.7", false, StatusCodes.Status400BadRequest)]
    [InlineData("/connect/token", "203.0.113.7", true, StatusCodes.Status200OK)]
    [InlineData("/connect/token", "127.0.0.1", false, StatusCodes.Status200OK)]
    [InlineData("/connect/token", "::1", false, StatusCodes.Status200OK)]
    [InlineData("/graphql", "203.0.113.7", false, StatusCodes.Status200OK)]
    public async Task Plain_http_reaches_the_hub_from_loopback_only(string path, string remote, bool https, int expected)
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Path = path;
        http.Request.Scheme = https ? "https" : "http";
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Response.Body = new MemoryStream();
        var middleware = new HubTransportSecurity(_ => Task.CompletedTask);

        await middleware.InvokeAsync(http);

        Assert.Equal(expected, http.Response.StatusCode);
    }
}
