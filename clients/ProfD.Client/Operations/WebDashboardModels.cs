namespace ProfD.Client.Operations;

/// <summary>Variables of <c>WebDashboard</c>: none.</summary>
public sealed record WebDashboardVariables;

/// <summary>Result of <c>WebDashboard</c>: the programme's figures and the nodes' health.</summary>
public sealed record WebDashboardData(DashboardView Dashboard, InstitutionPage Institutions);

/// <summary>The figures for the programme and per nation.</summary>
public sealed record DashboardView(DateTimeOffset GeneratedAt, int SchoolsWithoutTriangle, FiguresView Programme, IReadOnlyList<FiguresView> Nations);

/// <summary>The figures of one scope; node figures are null when no node answered.</summary>
public sealed record FiguresView(
    string Scope, string? Name, string? Nation, IReadOnlyList<StageCountView>? CandidatesByStage, IReadOnlyList<YearCountView>? AwardsPerYear,
    int TrianglesComplete, int TrianglesIncomplete, int ExhibitionsPublished, long? HarvestLagSeconds, IReadOnlyList<string> Unavailable);

/// <summary>Candidates at one stage.</summary>
public sealed record StageCountView(string Stage, int Count);

/// <summary>Awards in one year.</summary>
public sealed record YearCountView(int Year, int Count);

/// <summary>The registered institutions.</summary>
public sealed record InstitutionPage(IReadOnlyList<InstitutionHealthView> Nodes);

/// <summary>An institution's node, its health and its harvest.</summary>
public sealed record InstitutionHealthView(string Code, string Name, string Nation, string Endpoint, string Status, NodeHealthView Health, HarvestView Harvest);

/// <summary>The trust's last check of a node.</summary>
public sealed record NodeHealthView(bool Reachable, string? SchemaVersion, bool Compatible, DateTimeOffset? LastSeenAt, string? LastError);

/// <summary>How far behind the harvest of a node is.</summary>
public sealed record HarvestView(long? LagSeconds, DateTimeOffset? LastSuccessAt, string? LastError);
