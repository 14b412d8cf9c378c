namespace ProfD.Node.Media;

/// <summary>The body of a successful upload: the media ID to attach to an exhibition, and what was stored.</summary>
/// <param name="Id">The global ID, <c>{institution}:Media:{sha256}</c>.</param>
internal sealed record MediaUploadResponse(string Id, string Sha256, long SizeBytes, string ContentType);
