using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfD.Schema.Http;

namespace ProfD.Trust.Tests.Infrastructure.FeedNode;

/// <summary>
/// A small stand-in for an institution node's change feed: real Kestrel on loopback, GraphQL.NET behind ProfD's
/// GraphQL-over-HTTP endpoint, serving <c>institution</c>, <c>_service</c> and <c>changes(after, first)</c> from a
/// <see cref="FeedNodeState"/>. It can be told to answer garbage, and a hook can hold any request.
/// </summary>
public sealed class FeedNodeServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FeedNodeServer(WebApplication app, FeedNodeState state)
    {
        this.app = app;
        State = state;
    }

    public FeedNodeState State { get; }

    public string Endpoint => app.Urls.First().TrimEnd('/') + "/graphql";

    /// <summary>When set, every request answers this body (HTTP 200, text/html) instead of GraphQL.</summary>
    public string? Garbage { get; set; }

    /// <summary>Called with the number of each feed request (1, 2, …) before it is answered.</summary>
    public Func<int, CancellationToken, Task>? BeforeFeedRequest { get; set; }

    public int FeedRequests => feedRequests;

    /// <summary>The Authorization header of the last feed request (null when it had none).</summary>
    public string? LastFeedAuthorization { get; private set; }

    private int feedRequests;

    public static async Task<FeedNodeServer> StartAsync(string code)
    {
        var state = new FeedNodeState(code);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(state);
        builder.Services.AddGraphQL(b => b.AddSchema<FeedSchema>().AddSystemTextJson().AddGraphTypes(typeof(FeedSchema).Assembly));
        builder.Services.AddSingleton<FeedQueryGraphType>();
        builder.Services.AddGraphQLHttp(builder.Configuration);
        var app = builder.Build();
        FeedNodeServer? server = null;
        app.Use(async (context, next) =>
        {
            if (server!.Garbage is { } garbage)
            {
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(garbage);
                return;
            }
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync();
            context.Request.Body.Position = 0;
            if (body.Contains("changes(", StringComparison.Ordinal)) server.LastFeedAuthorization = context.Request.Headers.Authorization.FirstOrDefault();
            if (body.Contains("changes(", StringComparison.Ordinal) && server.BeforeFeedRequest is { } hook)
                await hook(Interlocked.Increment(ref server.feedRequests), context.RequestAborted);
            else if (body.Contains("changes(", StringComparison.Ordinal))
                Interlocked.Increment(ref server.feedRequests);
            await next();
        });
        app.MapGraphQLHttp("/graphql");
        server = new FeedNodeServer(app, state);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
