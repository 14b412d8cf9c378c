namespace ProfD.Node.Oai;

/// <summary>
/// A ListIdentifiers or ListRecords request, first or resumed: its selective-harvesting arguments, where the list
/// stopped (the change sequence of the last record sent), how many records were sent before, and the list's size.
/// </summary>
internal sealed record OaiListQuery(
    string Verb,
    string MetadataPrefix,
    string? From,
    string? Until,
    string? Set,
    long After,
    int Cursor,
    int? CompleteListSize);
