using System.Net;
using System.Text;
using ProfD.Gateway.Tests.Infrastructure;
using ProfD.Gateway.TrustedDocuments;

namespace ProfD.Gateway.Tests.TrustedDocuments;

/// <summary>Persisted operations: documents named by SHA-256, and a locked-down mode that runs only those.</summary>
[Collection(DemoFederationCollection.Name)]
public sealed class TrustedDocumentTests(DemoFederationFixture federation) : IDisposable
{
    private const string Trusted = "{ schools(first: 2) { totalCount } }";
    private readonly string _folder = Directory.CreateTempSubdirectory("profd-trusted-").FullName;

    private string Hash => TrustedDocumentStore.HashOf(Encoding.UTF8.GetBytes(Trusted));

    [Fact]
    public async Task Only_mode_runs_trusted_documents_inline_or_by_hash_and_refuses_the_rest()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, Hash + ".graphql"), Trusted);
        await using var gateway = await TestGateway.StartAsync(federation.Trust.Endpoint, new Dictionary<string, string?>
        {
            ["Gateway:TrustedDocuments"] = _folder,
            ["Gateway:TrustedDocumentsOnly"] = "true",
        });

        var inline = await gateway.QueryAsync(Trusted);
        var byId = await gateway.Http.PostAsync(gateway.Endpoint, Json($$"""{"documentId":"sha256:{{Hash}}"}"""));
        var apollo = await gateway.Http.GetAsync($"{gateway.Endpoint}?extensions={Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{Hash}}}"}}""")}");
        var untrusted = await gateway.Http.PostAsync(gateway.Endpoint, Json("""{"query":"{ schools(first: 3) { totalCount } }"}"""));
        var unknown = await gateway.Http.PostAsync(gateway.Endpoint, Json($$"""{"documentId":"sha256:{{new string('0', 64)}}"}"""));

        Assert.True(inline.GetProperty("schools").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Contains("\"totalCount\"", await byId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apollo.StatusCode);
        Assert.Contains("\"totalCount\"", await apollo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, untrusted.StatusCode);
        Assert.Contains("FORBIDDEN", await untrusted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("NOT_FOUND", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusted_document_filed_under_another_hash_stops_the_gateway_starting()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, new string('a', 64) + ".graphql"), Trusted);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestGateway.StartAsync(federation.Trust.Endpoint,
            new Dictionary<string, string?> { ["Gateway:TrustedDocuments"] = _folder }));

        Assert.Contains(Hash, error.ToString(), StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
