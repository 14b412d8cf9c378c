namespace ProfD.Node.Exhibitions;

/// <summary>One section of an exhibition's body: a heading and Markdown text, in order of position.</summary>
internal sealed class ExhibitionSection
{
    public required string Id { get; set; }
    public required string ExhibitionId { get; set; }
    public int Position { get; set; }
    public required string Heading { get; set; }
    /// <summary>Markdown (CommonMark).</summary>
    public required string Body { get; set; }
}
