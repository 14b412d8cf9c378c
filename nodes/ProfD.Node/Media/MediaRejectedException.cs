namespace ProfD.Node.Media;

/// <summary>An upload or download refused with an HTTP status; the endpoint turns it into ProblemDetails.</summary>
internal sealed class MediaRejectedException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
}
