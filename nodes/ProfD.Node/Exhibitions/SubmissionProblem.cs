namespace ProfD.Node.Exhibitions;

/// <summary>One reason an exhibition cannot be submitted yet.</summary>
/// <param name="Field">The field at fault, for example <c>media[2].altText</c>.</param>
/// <param name="Message">What to do about it.</param>
/// <param name="Item">The global ID of the media item at fault, if it is one.</param>
internal sealed record SubmissionProblem(string Field, string Message, string? Item = null);
