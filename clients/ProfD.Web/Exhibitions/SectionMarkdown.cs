using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace ProfD.Web.Exhibitions;

/// <summary>A section's CommonMark as HTML: raw HTML in it is shown as text, and what remains is sanitized.</summary>
internal static class SectionMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static MarkupString ToHtml(string markdown) =>
        new(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)));
}
