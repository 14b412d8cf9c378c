namespace ProfD.Schema.Exhibitions;

/// <summary>One section of an exhibition's body.</summary>
/// <param name="Heading">The section's heading, plain text.</param>
/// <param name="Body">The section's text, in Markdown (CommonMark).</param>
public sealed record DocumentSection(string Heading, string Body);
