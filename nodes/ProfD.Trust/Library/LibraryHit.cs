namespace ProfD.Trust.Library;

/// <summary>A library exhibition with its relevance to the search (0 without one): the rows the library pages through.</summary>
internal sealed class LibraryHit
{
    public string Id { get; set; } = "";
    public DateTime PublishedAt { get; set; }
    public double Score { get; set; }
    public LibraryExhibition Exhibition { get; set; } = null!;
}
