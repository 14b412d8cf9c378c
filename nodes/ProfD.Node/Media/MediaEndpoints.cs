using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ProfD.Node.Access;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Ids;

namespace ProfD.Node.Media;

/// <summary>
/// <c>POST /media</c> (the raw bytes as the body) and <c>GET</c>/<c>HEAD /media/{id}</c> (with range requests), beside
/// GraphQL. Errors are ProblemDetails. Who may use them is <see cref="MediaAccess"/>'s to say.
/// </summary>
internal static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app, string path = "/media")
    {
        app.MapPost(path, UploadAsync);
        app.MapMethods(path + "/{id}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, MediaUploader uploader, IOptions<MediaOptions> options, ILoggerFactory loggers, MediaAccess access)
    {
        if (await access.RefuseUploadAsync(context) is { } refused) return refused;
        var request = context.Request;
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit) return Problem(MediaUploader.TooLarge(limit));
        if (request.HasFormContentType)
        {
            return Problem(new MediaRejectedException(StatusCodes.Status415UnsupportedMediaType, "Send the raw bytes",
                "POST the file's bytes as the request body, with its Content-Type; forms and multipart are not accepted."));
        }
        // The upload limit is ours (Media:MaxUploadBytes), checked while reading; Kestrel's default of 30 MB would cut it short.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = null;

        try
        {
            var (media, created) = await uploader.UploadAsync(request.Body, request.ContentType, context.RequestAborted);
            var location = $"{request.PathBase}/media/{media.Id}";
            return created ? TypedResults.Created(location, media) : TypedResults.Ok(media);
        }
        catch (MediaRejectedException rejected)
        {
            return Problem(rejected);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested
            || ex is OperationCanceledException or BadHttpRequestException or Microsoft.AspNetCore.Connections.ConnectionResetException)
        {
            // The client went away or the connection broke midway; the uploader has already removed what it wrote.
            loggers.CreateLogger(typeof(MediaEndpoints)).LogInformation("An upload stopped before its end: {Message}", ex.Message);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Upload incomplete", detail: "The request body ended before the upload was complete.");
        }
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext context, NodeDbContext db, MediaStore store, InstitutionProfile institution, MediaAccess access)
    {
        if (!GlobalId.TryParse(id, out var globalId) || globalId.Type != "Media" || !IsSha256(globalId.Key))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a media ID",
                detail: $"'{id}' is not a media ID; media IDs look like '{institution.Code}:Media:<sha256 hex>'.");
        }
        if (globalId.Institution != institution.Code)
            return NotFound($"'{id}' is held by the node of '{globalId.Institution}', not here.");

        var blob = await db.MediaBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == globalId.Key, context.RequestAborted);
        var path = blob is null ? null : store.PathOf(blob.Sha256);
        if (blob is null || !File.Exists(path)) return NotFound($"No media '{id}' here.");
        if (await access.RefuseDownloadAsync(context, blob.Sha256) is { } refused) return refused;

        // Stored bytes never change, so the hash is a strong validator; nosniff keeps browsers to the checked type.
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.File(path!, blob.ContentType, lastModified: new DateTimeOffset(blob.CreatedAt, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{blob.Sha256}\""), enableRangeProcessing: true);
    }

    private static bool IsSha256(string key) => key.Length == 64 && key.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;

    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Media not found", detail: detail);

    private static IResult Problem(MediaRejectedException rejected) =>
        Results.Problem(statusCode: rejected.Status, title: rejected.Title, detail: rejected.Message);
}
