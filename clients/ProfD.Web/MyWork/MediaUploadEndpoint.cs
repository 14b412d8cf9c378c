using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using ProfD.Client;
using ProfD.Client.Operations;
using ProfD.Web.Gateway;
using ProfD.Web.Identity;

namespace ProfD.Web.MyWork;

/// <summary>
/// <c>POST /my/exhibitions/{id}/media</c>: the upload form's target. It sends the file's bytes to the exhibition's home
/// node (<c>POST /media</c>, as the logged-in person), attaches the returned media ID to the draft through the gateway,
/// and goes back to "My work" with what happened.
/// </summary>
internal static class MediaUploadEndpoint
{
    public const string HttpClientName = "media-upload";

    public static string PathFor(string exhibitionId) => $"/my/exhibitions/{Uri.EscapeDataString(exhibitionId)}/media";

    public static WebApplication MapMediaUpload(this WebApplication app)
    {
        app.MapPost("/my/exhibitions/{id}/media", UploadAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(
        string id, IFormFile file, [FromForm] string caption, [FromForm] string? description,
        HubAccessTokenProvider tokens, NodeAddresses nodes, IHttpClientFactory clients, GatewayReader gateway, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        if (token is null) return Back("UNAUTHENTICATED", "Log in to upload.");
        var node = await nodes.BaseOfAsync(PageLinks.InstitutionOf(id), cancellationToken);
        if (node is null) return Back("NODE_UNAVAILABLE", $"The node of {PageLinks.InstitutionOf(id)} is not known to the gateway.");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, "media"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await using var body = file.OpenReadStream();
        request.Content = new StreamContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType);
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (!response.IsSuccessStatusCode)
        {
            var detail = answer.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return Back(UploadCode(response.StatusCode), detail ?? $"The node refused the file ({(int)response.StatusCode}).");
        }

        var mediaId = answer.RootElement.GetProperty("id").GetString()!;
        var contentType = answer.RootElement.TryGetProperty("contentType", out var t) ? t.GetString() ?? "" : "";
        var kind = KindOf(contentType);
        var input = new NewMediaItem(kind, caption, mediaId,
            AltText: kind == "IMAGE" ? Blank(description) : null,
            Transcript: kind is "VIDEO" or "AUDIO" ? Blank(description) : null);
        var added = await gateway.ReadAsync(ProfDOperations.WebAddMediaItem, new WebAddMediaItemVariables(id, input), cancellationToken);
        if (added.Data is null) return Back(added.Problems.FirstOrDefault()?.Code ?? "ERROR", added.Problems.FirstOrDefault()?.Message ?? "The piece was not added.");
        return Results.LocalRedirect("/my?uploaded=" + Uri.EscapeDataString(added.Data.AddMediaItem.Caption));
    }

    private static string KindOf(string contentType) => contentType.Split('/')[0] switch
    {
        "video" => "VIDEO",
        "audio" => "AUDIO",
        "image" => "IMAGE",
        _ => "DOCUMENT",
    };

    private static string UploadCode(System.Net.HttpStatusCode status) => (int)status switch
    {
        401 => "UNAUTHENTICATED",
        403 => "FORBIDDEN",
        413 => "PAYLOAD_TOO_LARGE",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        _ => "BAD_USER_INPUT",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IResult Back(string code, string message) =>
        Results.LocalRedirect($"/my?problem={Uri.EscapeDataString(code)}&message={Uri.EscapeDataString(message)}");
}
