using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>Records every POST to a server's <c>/graphql</c> into a <see cref="RequestLog"/>, ahead of the server's own pipeline.</summary>
internal sealed class RequestRecording(RequestLog log) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/graphql")
            {
                context.Request.EnableBuffering();
                using var body = await JsonDocument.ParseAsync(context.Request.Body);
                context.Request.Body.Position = 0;
                var root = body.RootElement;
                log.Add(new RecordedRequest(
                    root.TryGetProperty("query", out var q) ? q.GetString() ?? "" : "",
                    root.TryGetProperty("variables", out var v) ? v.Clone() : default,
                    context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            }
            await proceed(context);
        });
        next(app);
    };
}
