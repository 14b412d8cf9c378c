using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProfD.Web.Hosting;

namespace ProfD.Cli.Tests.Web;

/// <summary>The front-end's settings are checked when it starts, with a message that says what to fix.</summary>
public sealed class WebFrontEndOptionsTests
{
    [Theory]
    [InlineData(null, null, "Web:Gateway is required")]
    [InlineData("gateway.example", null, "Web:Gateway must be an absolute http(s) URL")]
    [InlineData("ftp://gateway.example/graphql", null, "Web:Gateway must be an absolute http(s) URL")]
    [InlineData("http://127.0.0.1:5104/graphql", "hub", "Web:Hub must be an absolute http(s) URL")]
    public void A_bad_setting_stops_the_start_with_its_message(string? gateway, string? hub, string message)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => WebFrontEndApplication.Build([], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Web:Gateway"] = gateway, ["Web:Hub"] = hub })));
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_settings_build()
    {
        using var app = WebFrontEndApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Web:Gateway"] = "http://127.0.0.1:5104/graphql", ["Web:Hub"] = "http://127.0.0.1:5100/" }));
        Assert.Equal(12, app.Services.GetRequiredService<IOptions<WebFrontEndOptions>>().Value.PageSize);
    }
}
