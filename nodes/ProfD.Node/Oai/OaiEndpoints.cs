using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ProfD.Node.Oai;

/// <summary>
/// <c>/oai</c>: OAI-PMH 2.0 over GET (query string) and POST (<c>application/x-www-form-urlencoded</c>). Protocol
/// errors are OAI-PMH error elements with HTTP 200, as the protocol requires; only requests that are not OAI-PMH at all
/// (a POST of another content type) get a ProblemDetails.
/// </summary>
internal static class OaiEndpoints
{
    public static IEndpointRouteBuilder MapOaiPmh(this IEndpointRouteBuilder app, string path = "/oai")
    {
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], AnswerAsync);
        return app;
    }

    private static async Task AnswerAsync(HttpContext context, OaiProtocol protocol, IOptions<OaiOptions> options)
    {
        var request = context.Request;
        IReadOnlyDictionary<string, StringValues> arguments;
        if (HttpMethods.IsPost(request.Method))
        {
            if (!request.HasFormContentType || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
            {
                await Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not an OAI-PMH request",
                    detail: "POST the OAI-PMH arguments as application/x-www-form-urlencoded.").ExecuteAsync(context);
                return;
            }
            var form = await request.ReadFormAsync(context.RequestAborted);
            arguments = form.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        }
        else
        {
            arguments = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
        }

        var baseUrl = options.Value.BaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var document = await protocol.AnswerAsync(new OaiRequest(arguments), baseUrl, context.RequestAborted);

        context.Response.ContentType = "text/xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await document.SaveAsync(writer, context.RequestAborted);
    }
}
