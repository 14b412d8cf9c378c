namespace ProfD.Schema.Exhibitions;

/// <summary>The candidate who made an exhibition.</summary>
/// <param name="Id">The candidate's global ID.</param>
/// <param name="Name">The name the candidate is shown under.</param>
public sealed record DocumentAuthor(string Id, string Name);
