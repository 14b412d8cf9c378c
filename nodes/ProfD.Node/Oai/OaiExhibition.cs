namespace ProfD.Node.Oai;

/// <summary>What a record's Dublin Core and a header's sets are made of.</summary>
internal sealed record OaiExhibition(
    string Key,
    string Title,
    string Abstract,
    List<string> Themes,
    List<string> Languages,
    string Licence,
    DateTime? PublishedAt,
    string AuthorGivenName,
    string AuthorFamilyName);
