namespace ProfD.Web.Layout;

/// <summary>The one stylesheet, embedded in the assembly and served with a short cache.</summary>
internal static class SiteStylesheet
{
    public const string Path = "/site.css";

    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = typeof(SiteStylesheet).Assembly.GetManifestResourceStream("ProfD.Web.site.css")
            ?? throw new InvalidOperationException("site.css is not embedded in ProfD.Web.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(Content.Value, "text/css; charset=utf-8");
    }
}
