using System.Globalization;
using ProfD.Client.Operations;
using ProfD.Web.Layout;

namespace ProfD.Web.Dashboard;

/// <summary>The dashboard's figures shaped into chart rows and bars.</summary>
internal static class DashboardFigures
{
    public static IReadOnlyList<string> TriangleSeries { get; } = ["complete", "incomplete"];

    // Stages in the order the nodes report them (the candidate's path), first seen first.
    public static IReadOnlyList<string> Stages(DashboardView dashboard) =>
        [.. dashboard.Nations.SelectMany(n => n.CandidatesByStage ?? []).Select(s => s.Stage).Distinct().Select(Formats.Words)];

    public static IReadOnlyList<ChartRow> StageRows(DashboardView dashboard)
    {
        var stages = dashboard.Nations.SelectMany(n => n.CandidatesByStage ?? []).Select(s => s.Stage).Distinct().ToList();
        return [.. dashboard.Nations
            .Where(n => n.CandidatesByStage is { Count: > 0 })
            .Select(n => new ChartRow(NationLabel(n), [.. stages.Select(s => n.CandidatesByStage!.Where(c => c.Stage == s).Sum(c => c.Count))]))];
    }

    public static IReadOnlyList<ChartBar> Awards(FiguresView programme) =>
        [.. (programme.AwardsPerYear ?? []).OrderBy(y => y.Year)
            .Select(y => new ChartBar(y.Year.ToString(CultureInfo.InvariantCulture), y.Count, y.Count.ToString(CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<ChartBar> HarvestLag(InstitutionPage institutions) =>
        [.. institutions.Nodes.Select(n => new ChartBar(n.Code, n.Harvest.LagSeconds ?? 0, Formats.Lag(n.Harvest.LagSeconds)))];

    public static IReadOnlyList<ChartRow> TriangleRows(DashboardView dashboard) =>
        [.. dashboard.Nations
            .Where(n => n.TrianglesComplete + n.TrianglesIncomplete > 0)
            .Select(n => new ChartRow(NationLabel(n), [n.TrianglesComplete, n.TrianglesIncomplete]))];

    private static string NationLabel(FiguresView figures) => figures.Name ?? figures.Nation ?? figures.Scope;
}
