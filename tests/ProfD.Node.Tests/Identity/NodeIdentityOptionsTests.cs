using Microsoft.Extensions.Options;
using ProfD.Node.Identity;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Identity;

public sealed class NodeIdentityOptionsTests
{
    [Fact]
    public void The_defaults_are_the_hub_client_profd_hub_and_five_attempts_then_fifteen_minutes()
    {
        var options = new NodeIdentityOptions();

        Assert.Null(options.Hub);
        Assert.Equal("profd-hub", options.HubClientId);
        Assert.Equal(5, options.LockoutAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), options.LockoutDuration);
    }

    [Theory]
    [InlineData("Node:Identity:Hub", "http://127.0.0.1:5100/trust")]
    [InlineData("Node:Identity:Hub", "ftp://hub.example/")]
    [InlineData("Node:Identity:HubClientId", "has spaces")]
    [InlineData("Node:Identity:LockoutAttempts", "0")]
    [InlineData("Node:Identity:LockoutDuration", "-00:01:00")]
    [InlineData("Node:Identity:DemoPassword", "short")]
    public async Task A_node_with_a_bad_identity_setting_does_not_start_and_says_which_setting(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => KestrelNode.StartAsync(null, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
