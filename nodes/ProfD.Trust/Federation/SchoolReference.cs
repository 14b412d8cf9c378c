namespace ProfD.Trust.Federation;

/// <summary>A school of some node, known to the trust only by its global ID.</summary>
internal sealed record SchoolReference(string Id);

/// <summary>A teacher of some node, known to the trust only by their global ID.</summary>
internal sealed record TeacherReference(string Id);

/// <summary>An exhibition of some node, by global ID, with its library record when the caller already has it.</summary>
internal sealed record ExhibitionReference(string Id, ProfD.Trust.Library.LibraryExhibition? Record = null);
