using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Identity;

namespace ProfD.Node.Tests.Identity;

/// <summary>The login server's discovery document names the node as issuer and publishes the keys of its persisted ring.</summary>
public sealed class DiscoveryTests : IDisposable
{
    private readonly string keys = Path.Combine(Path.GetTempPath(), "profd-tests", "idp-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Discovery_names_the_node_as_issuer_and_publishes_the_key_ring_which_survives_a_restart()
    {
        var settings = new Dictionary<string, string?> { ["Node:Identity:KeysDirectory"] = keys };
        string firstKid;
        await using (var node = await KestrelNode.StartAsync(null, settings))
        {
            var (issuer, kids, document) = await DiscoverAsync(node.Address);
            Assert.Equal(node.Address.ToString(), issuer);
            Assert.Equal(new Uri(node.Address, "connect/authorize").ToString(), document.GetProperty("authorization_endpoint").GetString());
            Assert.Contains("S256", document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains(FederationScopes.Affiliation, document.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));

            var ring = ServerKeyRing.LoadOrCreate(keys, TimeProvider.System);
            firstKid = ring.SigningKeys[0].KeyId;
            Assert.Equal([firstKid], kids);
        }

        await using (var node = await KestrelNode.StartAsync(null, settings))
        {
            var (_, kids, _) = await DiscoverAsync(node.Address);
            Assert.Equal([firstKid], kids);
        }
    }

    [Fact]
    public async Task The_keys_protecting_login_cookies_are_kept_beside_the_signing_keys_across_restarts()
    {
        var settings = new Dictionary<string, string?> { ["Node:Identity:KeysDirectory"] = keys };
        string[] first;
        await using (var node = await KestrelNode.StartAsync(null, settings))
        {
            using var http = new HttpClient { BaseAddress = node.Address };
            // The login form carries an antiforgery token, which needs the data-protection key ring.
            Assert.Contains("type=\"hidden\"", await http.GetStringAsync("/account/login"), StringComparison.Ordinal);
            first = Directory.GetFiles(Path.Combine(keys, "cookies"), "key-*.xml");
            Assert.Single(first);
        }

        await using (var node = await KestrelNode.StartAsync(null, settings))
        {
            using var http = new HttpClient { BaseAddress = node.Address };
            await http.GetStringAsync("/account/login");
            Assert.Equal(first, Directory.GetFiles(Path.Combine(keys, "cookies"), "key-*.xml"));
        }
    }

    private static async Task<(string Issuer, string[] Kids, JsonElement Document)> DiscoverAsync(Uri node)
    {
        using var http = new HttpClient { BaseAddress = node };
        var document = await http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwks = await http.GetFromJsonAsync<JsonElement>(document.GetProperty("jwks_uri").GetString());
        var kids = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).ToArray();
        return (document.GetProperty("issuer").GetString()!, kids, document);
    }

    public void Dispose()
    {
        try { Directory.Delete(keys, recursive: true); } catch (IOException) { }
    }
}
