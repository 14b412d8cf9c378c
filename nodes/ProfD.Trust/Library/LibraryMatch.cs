namespace ProfD.Trust.Library;

/// <summary>A row of a full-text query: an exhibition and its relevance (higher is better, on both engines).</summary>
internal sealed class LibraryMatch
{
    public string Id { get; set; } = "";
    public double Score { get; set; }
}
