using System.Text.Encodings.Web;

namespace ProfD.Trust.Identity;

/// <summary>The hub's few plain HTML pages: no scripts, no styles beyond the browser's own.</summary>
internal static class HubPage
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static IResult Render(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body><h1>{Encode(title)}</h1>{body}</body></html>",
            "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static IResult Message(string title, string message, int status = StatusCodes.Status200OK) =>
        Render(title, $"<p>{Encode(message)}</p>", status);
}
