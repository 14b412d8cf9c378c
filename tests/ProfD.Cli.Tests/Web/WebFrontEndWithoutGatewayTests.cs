using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ProfD.Cli.Tests.Infrastructure;
using ProfD.Web.Gateway;
using ProfD.Web.Hosting;

namespace ProfD.Cli.Tests.Web;

/// <summary>With the gateway down, every page still renders and says so with a stable code, never a stack trace.</summary>
public sealed class WebFrontEndWithoutGatewayTests : IAsyncLifetime
{
    private readonly int _port = FreePorts.One();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        // Nothing listens at the gateway's port: FreePorts hands out ports no one uses.
        var gateway = $"http://127.0.0.1:{FreePorts.One()}/graphql";
        _app = WebFrontEndApplication.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Web:Gateway"] = gateway });
            builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
            builder.Logging.ClearProviders();
        });
        await _app.StartAsync();
    }

    [Theory]
    [InlineData("/library?q=reading")]
    [InlineData("/exhibitions/uclioe%3AExhibition%3A01")]
    [InlineData("/triangles")]
    [InlineData("/mentors")]
    [InlineData("/dashboard")]
    public async Task A_page_says_the_gateway_is_unavailable(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, html);
        Assert.Contains($"<code>{GatewayReader.GatewayUnavailable}</code>", html, StringComparison.Ordinal);
        Assert.Contains("<main", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_404_with_a_page()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        using var response = await http.GetAsync("/no-such-page");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        using var response = await http.GetAsync("/site.css");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
