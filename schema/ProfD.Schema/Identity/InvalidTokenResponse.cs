using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Identity;

/// <summary>The 401 a request with an invalid token gets: a GraphQL error body, and the bearer challenge in a header.</summary>
internal static class InvalidTokenResponse
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new
    {
        errors = new[]
        {
            new { message = "The access token is invalid or expired; log in again.", extensions = new { code = ErrorCodes.Unauthenticated } },
        },
    });

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        return context.Response.Body.WriteAsync(Body).AsTask();
    }
}
