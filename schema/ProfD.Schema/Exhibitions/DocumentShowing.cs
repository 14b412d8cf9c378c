namespace ProfD.Schema.Exhibitions;

/// <summary>A face-to-face showing of an exhibition at a school.</summary>
/// <param name="School">The global ID of the school, possibly at another node.</param>
/// <param name="Date">The day of the showing.</param>
/// <param name="Venue">Where in or near the school, for example "school hall".</param>
/// <param name="Audience">Who it was shown to.</param>
public sealed record DocumentShowing(string School, DateOnly Date, string Venue, ShowingAudience Audience);
