using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>
/// Middleware put in front of a real node's pipeline that counts change-feed requests and lets a test hold any of
/// them, as <see cref="FeedNode.FeedNodeServer.BeforeFeedRequest"/> does for the stand-in.
/// </summary>
internal sealed class FeedRequestGate : IStartupFilter
{
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    /// <summary>Called with the number of each feed request (1, 2, …) before the node answers it.</summary>
    public Func<int, CancellationToken, Task>? BeforeFeedRequest { get; set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (await IsFeedRequestAsync(context.Request))
            {
                var number = Interlocked.Increment(ref requests);
                if (BeforeFeedRequest is { } hook) await hook(number, context.RequestAborted);
            }
            await following(context);
        });
        next(app);
    };

    // Only the harvester's query names the feed's root field; the registration probe and mutations do not.
    private static async Task<bool> IsFeedRequestAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return false;
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        return body.Contains("changes(", StringComparison.Ordinal);
    }
}
