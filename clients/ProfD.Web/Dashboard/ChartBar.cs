namespace ProfD.Web.Dashboard;

/// <summary>One bar of a chart: its label, its length, and how its value is written.</summary>
public sealed record ChartBar(string Label, double Value, string Display);
