using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ProfD.Schema.Hosting;
using ProfD.Schema.Http;
using ProfD.Schema.Tests.Http.TestGraph;

namespace ProfD.Schema.Tests.Http;

/// <summary>An in-memory server running <see cref="TestSchema"/> behind <c>MapGraphQLHttp()</c>.</summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    public const int MaxDepth = 4;
    public const int MaxRequestBodyBytes = 4096;

    private readonly WebApplication app;

    private GraphQLTestServer(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>
    /// Starts a server; <paramref name="settings"/> override the test defaults and <paramref name="configureGraphQL"/>
    /// adds to the GraphQL set-up; the endpoint is mapped at <paramref name="pattern"/>.
    /// </summary>
    public static async Task<GraphQLTestServer> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IGraphQLBuilder>? configureGraphQL = null,
        string pattern = "/graphql")
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxDepth"] = MaxDepth.ToString(),
            ["GraphQL:Http:MaxRequestBodyBytes"] = MaxRequestBodyBytes.ToString(),
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);

        builder.Services.AddProfDGraphQL<TestSchema>(builder.Configuration, configureGraphQL);
        builder.Services.AddGraphQLHttp(builder.Configuration);

        var app = builder.Build();
        app.MapGraphQLHttp(pattern);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new GraphQLTestServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
