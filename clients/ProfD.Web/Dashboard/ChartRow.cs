namespace ProfD.Web.Dashboard;

/// <summary>One row of a stacked chart: its label and a value per series, in the chart's series order.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values);
