using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Access;

/// <summary>The node accepts only the hub's tokens: a token it cannot validate is 401 before anything runs.</summary>
public sealed class NodeAuthenticationTests
{
    [Fact]
    public async Task A_token_that_does_not_validate_is_refused_with_401()
    {
        using var node = new NodeAppFactory("authnode") { RealAccessRules = true };
        using var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ institution { id } }"}""", null, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_hub_that_is_not_an_absolute_url_stops_the_start()
    {
        using var node = new NodeAppFactory("authnode") { RealAccessRules = true, Settings = { ["Node:Identity:Hub"] = "hub.example" } };

        var error = Assert.Throws<OptionsValidationException>(() => node.CreateClient());

        Assert.Contains("Node:Identity:Hub", error.Message);
    }
}
