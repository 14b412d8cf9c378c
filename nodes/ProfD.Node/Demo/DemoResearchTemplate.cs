namespace ProfD.Node.Demo;

/// <summary>The substance of one demo research project and the exhibition that reports it.</summary>
internal sealed record DemoResearchTemplate(
    string Title,
    string Question,
    string Hypothesis,
    string Method,
    string Setting,
    string[] Themes,
    string Findings,
    string ConclusionsForPractice,
    string ExhibitionTitle,
    string Abstract);
