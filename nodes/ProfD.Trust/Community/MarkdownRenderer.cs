using Ganss.Xss;
using Markdig;

namespace ProfD.Trust.Community;

/// <summary>
/// Posts are Markdown, rendered to HTML once when written (Markdig, raw HTML disabled) and then sanitised
/// (HtmlSanitizer), so what a browser receives can carry no script, event handler or javascript: link.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .UseListExtras()
        .DisableHtml()
        .Build();

    public static string ToSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer.Sanitize(html).Trim();
    }
}
