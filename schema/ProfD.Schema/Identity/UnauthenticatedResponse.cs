using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Identity;

/// <summary>The 401 a request with a refused token gets: a GraphQL error body, and the bearer challenge in a header.</summary>
public static class UnauthenticatedResponse
{
    /// <summary>Writes the 401 with <paramref name="message"/> as the one error's message and <c>UNAUTHENTICATED</c> as its code.</summary>
    public static Task WriteAsync(HttpContext context, string message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            errors = new[] { new { message, extensions = new { code = ErrorCodes.Unauthenticated } } },
        });
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
