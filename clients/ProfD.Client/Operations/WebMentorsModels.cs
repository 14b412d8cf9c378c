namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebMentors</c>.</summary>
public sealed record WebMentorsVariables(int? First = null, string? After = null);

/// <summary>Result of <c>WebMentors</c>.</summary>
public sealed record WebMentorsData(MentorPage Mentors);

/// <summary>One page of the accredited mentors' directory.</summary>
public sealed record MentorPage(int TotalCount, PageInfo PageInfo, IReadOnlyList<MentorView> Nodes);

/// <summary>An accredited mentor.</summary>
public sealed record MentorView(string TeacherId, string Name, string Nation, int SpareCapacity, MentorAccreditationView Accreditation, MentorProfileView? Profile);

/// <summary>What the mentor is accredited for, and until when.</summary>
public sealed record MentorAccreditationView(string HomeInstitution, IReadOnlyList<string> Themes, DateTimeOffset AccreditedUntil);

/// <summary>The mentor's public profile.</summary>
public sealed record MentorProfileView(IReadOnlyList<string> Languages, IReadOnlyList<string> Subjects, string? Bio);
