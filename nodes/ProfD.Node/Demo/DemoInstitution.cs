namespace ProfD.Node.Demo;

/// <summary>
/// One institution's demo node: its name, nation, six schools (the first five at home, the last a partner abroad) and
/// where in <see cref="DemoResearchTemplates.All"/> its projects start.
/// </summary>
internal sealed record DemoInstitution(string Code, string Name, string Nation, IReadOnlyList<DemoSchool> Schools, int TemplateOffset);
