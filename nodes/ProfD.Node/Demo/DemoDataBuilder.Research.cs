using ProfD.Node.Candidates;
using ProfD.Node.Research;
using ProfD.Schema.Ids;

namespace ProfD.Node.Demo;

internal sealed partial class DemoDataBuilder
{
    /// <summary>The research template of candidate <paramref name="candidate"/> at <paramref name="institutionCode"/>.</summary>
    public static DemoResearchTemplate TemplateOf(string institutionCode, int candidate)
    {
        var templates = DemoResearchTemplates.All;
        return templates[(DemoInstitutions.For(institutionCode).TemplateOffset + candidate) % templates.Count];
    }

    /// <summary>The pupils' ages a setting names ("a class of ten- and eleven-year-olds" → "10-11"), or null.</summary>
    private static string? AgeRangeOf(string setting)
    {
        string[] words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"];
        var ages = words.Select((w, i) => (w, i)).Where(x => setting.Contains($"{x.w}-year-old", StringComparison.Ordinal)
            || setting.Contains($"{x.w}- and", StringComparison.Ordinal)).Select(x => x.i).ToList();
        return ages.Count switch
        {
            0 => null,
            1 => ages[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => $"{ages.Min()}-{ages.Max()}",
        };
    }

    private List<ResearchProject> BuildProjects()
    {
        var projects = new List<ResearchProject>();
        foreach (var c in DemoShape.Candidates)
        {
            var template = TemplateOf(code, c.Index);
            var school = institution.Schools[c.School];
            var status = c.Stage switch
            {
                CandidateStage.Enrolled => ProjectStatus.Draft,
                CandidateStage.Exhibiting or CandidateStage.Awarded => ProjectStatus.Concluded,
                CandidateStage.Withdrawn when c.Exhibition is not null => ProjectStatus.Concluded,
                _ => ProjectStatus.Active,
            };
            var created = EnrolledAt(c).AddDays(30);
            var approved = status == ProjectStatus.Draft ? (DateTime?)null : created.AddDays(45);
            var project = new ResearchProject
            {
                Id = Key("ResearchProject", c.Index),
                CandidateId = Key("Candidate", c.Index),
                Title = template.Title,
                Question = template.Question,
                Hypothesis = template.Hypothesis,
                Method = status == ProjectStatus.Draft && c.Index % 2 == 0 ? null : template.Method,
                Context = $"Carried out in {template.Setting} at {school.Name}, {school.City}.",
                PupilsAgeRange = AgeRangeOf(template.Setting),
                Setting = template.Setting,
                ProvocationIds = [DemoData.ProvocationIdOf(c.Index % DemoData.ProvocationCount)],
                EthicsApprovedBy = approved is null ? null : $"{institution.Name} Research Ethics Committee",
                EthicsApprovedAt = approved is null ? null : At(approved.Value),
                EthicsReference = approved is null ? null : $"{code.ToUpperInvariant()}-REC-{DemoShape.Cohorts[c.Cohort].IntakeYear}-{c.Index + 1:000}",
                Findings = status == ProjectStatus.Concluded ? template.Findings : null,
                ConclusionsForPractice = status == ProjectStatus.Concluded ? template.ConclusionsForPractice : null,
                Themes = [.. template.Themes],
                Languages = template.Themes.Contains(DemoThemes.MultilingualClassrooms)
                    ? ["en", school.People.Languages[c.Index % school.People.Languages.Length]]
                    : ["en"],
                Status = status,
                CreatedAt = At(created),
                UpdatedAt = At(status == ProjectStatus.Concluded ? StageChangedAt(c) : approved ?? created),
            };
            if (status != ProjectStatus.Draft) project.BuildsOn = BuildLinks(c, project.CreatedAt);
            projects.Add(project);
        }
        return projects;
    }

    /// <summary>
    /// What a project builds on: a project at another demo node (preferring one on a shared theme), for some a
    /// published exhibition at the third node, and for later cohorts an earlier project here on a shared theme.
    /// </summary>
    private List<ResearchLink> BuildLinks(CandidateSlot c, DateTime projectCreated)
    {
        var links = new List<ResearchLink>();
        var themes = TemplateOf(code, c.Index).Themes;
        var year = DemoShape.Cohorts[c.Cohort].IntakeYear;

        void Add(string targetId, LinkRelation relation, DateTime? notBefore = null)
        {
            var created = projectCreated.AddDays(7 * (links.Count + 1));
            links.Add(new ResearchLink
            {
                Id = Key("ResearchLink", c.Index * 4 + links.Count),
                ProjectId = Key("ResearchProject", c.Index),
                TargetId = targetId,
                Relation = relation,
                CreatedAt = At(notBefore > created ? notBefore.Value : created),
            });
        }

        var other = others[c.Index % others.Length];
        var target = EarlierProject(other, c.Index, themes, year);
        var relation = (c.Index % 5) switch { 3 => LinkRelation.Replicates, 4 => LinkRelation.Challenges, _ => LinkRelation.BuildsOn };
        Add(GlobalId.Create(other, "ResearchProject", DemoData.KeyOf(other, "ResearchProject", target)).ToString(), relation);

        if (c.Index % 3 == 0)
        {
            var third = others[(c.Index + 1) % others.Length];
            var published = DemoShape.Candidates.Where(p => p.IsPublished).ToArray();
            var exhibition = published[c.Index % published.Length];
            // A link to an exhibition is made once it has been published.
            Add(GlobalId.Create(third, "Exhibition", DemoData.KeyOf(third, "Exhibition", exhibition.Index)).ToString(), LinkRelation.Extends, PublishedAt(exhibition).AddDays(14));
        }

        var local = DemoShape.Candidates.FirstOrDefault(p =>
            p.HasConcludedResearch && DemoShape.Cohorts[p.Cohort].IntakeYear < year && TemplateOf(code, p.Index).Themes.Intersect(themes).Any());
        if (local is not null) Add(GlobalIdOf("ResearchProject", local.Index), LinkRelation.Extends);
        return links;
    }

    /// <summary>A concluded project at <paramref name="other"/> from the same or an earlier intake, on a shared theme if one exists.</summary>
    private static int EarlierProject(string other, int seed, string[] themes, int year)
    {
        var eligible = DemoShape.Candidates
            .Where(p => p.HasConcludedResearch && DemoShape.Cohorts[p.Cohort].IntakeYear <= year)
            .ToArray();
        if (eligible.Length == 0)
            eligible = DemoShape.Candidates.Where(p => p.HasConcludedResearch).ToArray();
        var onTheme = eligible.Where(p => TemplateOf(other, p.Index).Themes.Intersect(themes).Any()).ToArray();
        var pool = onTheme.Length > 0 ? onTheme : eligible;
        return pool[seed % pool.Length].Index;
    }
}
