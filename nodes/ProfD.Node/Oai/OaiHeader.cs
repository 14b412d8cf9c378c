namespace ProfD.Node.Oai;

/// <summary>An exhibition as OAI-PMH lists it: its key, the change that put it here, and whether it is a deleted record.</summary>
internal sealed record OaiHeader(long Sequence, string Key, bool IsDeleted, DateTime Datestamp);
