namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebTriangles</c>.</summary>
public sealed record WebTrianglesVariables(int? First = null, string? After = null);

/// <summary>Result of <c>WebTriangles</c>.</summary>
public sealed record WebTrianglesData(TrianglePage Triangles);

/// <summary>One page of triangles.</summary>
public sealed record TrianglePage(int TotalCount, PageInfo PageInfo, IReadOnlyList<TriangleView> Nodes);

/// <summary>A triangle with its schools and activity log.</summary>
public sealed record TriangleView(
    string Id, string Name, string Status, DateTimeOffset FormedAt, bool Complete,
    IReadOnlyList<TriangleSchool> Members, IReadOnlyList<TriangleLogEntry> Activities);

/// <summary>A school of a triangle as the trust's directory knows it.</summary>
public sealed record TriangleSchool(string SchoolId, string HomeInstitution, string? Name, string? Nation, string? Economy, string? City);

/// <summary>An entry of a triangle's partnership log.</summary>
public sealed record TriangleLogEntry(string Id, string Kind, DateTimeOffset OccurredAt, string Summary, string? ExhibitionId);
