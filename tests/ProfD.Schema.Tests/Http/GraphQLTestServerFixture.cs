namespace ProfD.Schema.Tests.Http;

/// <summary>One <see cref="GraphQLTestServer"/> with the default test settings, shared by a test class.</summary>
public sealed class GraphQLTestServerFixture : IAsyncLifetime
{
    private GraphQLTestServer? server;

    public HttpClient Client => (server ?? throw new InvalidOperationException("The server has not started.")).Client;

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}
