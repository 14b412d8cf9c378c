namespace ProfD.Client.Operations;

/// <summary>Variables of <c>Schools</c>.</summary>
public sealed record SchoolsVariables(int? First = null, string? After = null, string? Nation = null);

/// <summary>Result of <c>Schools</c>.</summary>
public sealed record SchoolsData(SchoolPage Schools);

/// <summary>One page of schools.</summary>
public sealed record SchoolPage(int TotalCount, PageInfo PageInfo, IReadOnlyList<SchoolSummary> Nodes);

/// <summary>Where a page sits.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);

/// <summary>A school as lists show it.</summary>
public sealed record SchoolSummary(string Id, string Name, string Nation, string Economy, string? City);

/// <summary>Variables of <c>School</c>.</summary>
public sealed record SchoolVariables(string Id);

/// <summary>Result of <c>School</c>: null when no node holds that ID.</summary>
public sealed record SchoolData(SchoolDetails? School);

/// <summary>A school with its cohorts.</summary>
public sealed record SchoolDetails(string Id, string Name, string Nation, string Economy, string? City, IReadOnlyList<CohortSummary> Cohorts);

/// <summary>A cohort as lists show it.</summary>
public sealed record CohortSummary(string Id, string Name, int IntakeYear, string Stage);

/// <summary>Variables of <c>CreateSchool</c>.</summary>
public sealed record CreateSchoolVariables(SchoolInput Input);

/// <summary>A new school.</summary>
public sealed record SchoolInput(string Name, string Nation, string Economy, string? City = null);

/// <summary>Result of <c>CreateSchool</c>.</summary>
public sealed record CreateSchoolData(SchoolSummary CreateSchool);
