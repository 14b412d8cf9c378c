using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Node.Research;
using ProfD.Schema.Errors;
using ProfD.Schema.Exhibitions;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>Creating an exhibition and editing its content while its current version is a draft.</summary>
internal sealed class ExhibitionMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    public const int MaxSections = 100;

    public Task<Exhibition> CreateAsync(string candidateId, string? projectId, ExhibitionInput? input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        input ??= new ExhibitionInput();
        var candidate = await CandidateReadyForNewExhibitionAsync(db, institution, candidateId, ct);

        ResearchProject? project = null;
        if (projectId is not null)
        {
            var projectKey = institution.LocalKeyOf(projectId, "ResearchProject", "projectId");
            project = projectKey is null ? null : await db.ResearchProjects.FirstOrDefaultAsync(p => p.Id == projectKey, ct);
            if (project is null || project.CandidateId != candidate.Id)
                throw new BadUserInputException($"'{projectId}' is not a research project of this candidate.", "projectId");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var exhibition = new Exhibition
        {
            Id = LocalKeys.New(time),
            CandidateId = candidate.Id,
            ProjectId = project?.Id,
            // An exhibition made from a project starts from what the project recorded.
            Title = input.Title is null && project is not null ? project.Title : InputRules.Text(input.Title, "input.title", EntityConfiguration.NameLength),
            Abstract = "",
            ResearchQuestion = project?.Question,
            Findings = project?.Findings,
            ConclusionsForPractice = project?.ConclusionsForPractice,
            Themes = [.. project?.Themes ?? []],
            Languages = [.. project?.Languages ?? []],
            ProvocationIds = [.. project?.ProvocationIds ?? []],
            Licence = ExhibitionFormat.DefaultLicence,
            Status = ExhibitionStatus.Draft,
            CurrentVersion = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        exhibition.Versions.Add(new ExhibitionVersion { Id = LocalKeys.New(time), ExhibitionId = exhibition.Id, Number = 1, CreatedAt = now });
        Apply(exhibition, input);
        db.Add(exhibition);
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    /// <summary>The candidate <paramref name="candidateId"/> names, when they may start an exhibition: here, active, none in progress.</summary>
    public static async Task<Candidate> CandidateReadyForNewExhibitionAsync(NodeDbContext db, InstitutionProfile institution, string candidateId, CancellationToken ct)
    {
        var candidateKey = institution.LocalKeyOf(candidateId, "Candidate", "candidateId")
            ?? throw new BadUserInputException($"'{candidateId}' is a candidate of another institution; their exhibition lives at their home node.", "candidateId");
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateKey, ct)
            ?? throw new BadUserInputException($"There is no candidate '{candidateId}' at {institution.Code}.", "candidateId");
        if (!CandidateStageRules.IsActive(candidate.Stage))
            throw new ConflictException($"The candidate is {candidate.Stage.ToString().ToUpperInvariant()}; only enrolled candidates make exhibitions.", "candidateId");
        var open = await db.Exhibitions.AnyAsync(e => e.CandidateId == candidate.Id
            && (e.Status == ExhibitionStatus.Draft || e.Status == ExhibitionStatus.Submitted || e.Status == ExhibitionStatus.UnderAdjudication), ct);
        if (open) throw new ConflictException("The candidate already has an exhibition in progress; work on that one.", "candidateId");
        return candidate;
    }

    public Task<Exhibition> UpdateAsync(string id, ExhibitionInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var exhibition = await db.FindByGlobalIdAsync<Exhibition>(institution, id, "Exhibition", "id", ct, q => q.Include(e => e.Versions).Include(e => e.Sections));
        ExhibitionEditRules.EnsureEditable(exhibition);
        if (input.Title is not null) exhibition.Title = InputRules.Text(input.Title, "input.title", EntityConfiguration.NameLength);
        Apply(exhibition, input);
        exhibition.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return exhibition;
    }, ct);

    private void Apply(Exhibition exhibition, ExhibitionInput input)
    {
        if (input.Abstract is not null) exhibition.Abstract = InputRules.OptionalText(input.Abstract, "input.abstract", 4000) ?? "";
        if (input.ResearchQuestion is not null) exhibition.ResearchQuestion = InputRules.OptionalText(input.ResearchQuestion, "input.researchQuestion", 2000);
        if (input.Findings is not null) exhibition.Findings = InputRules.OptionalText(input.Findings, "input.findings", InputRules.LongText);
        if (input.ConclusionsForPractice is not null)
            exhibition.ConclusionsForPractice = InputRules.OptionalText(input.ConclusionsForPractice, "input.conclusionsForPractice", InputRules.LongText);
        if (input.Themes is not null) exhibition.Themes = InputRules.Tags(input.Themes, "input.themes");
        if (input.Languages is not null) exhibition.Languages = InputRules.Tags(input.Languages, "input.languages");
        if (input.Licence is not null) exhibition.Licence = InputRules.Licence(input.Licence, "input.licence");
        if (input.ProvocationIds is not null) exhibition.ProvocationIds = InputRules.GlobalIds(input.ProvocationIds, "input.provocationIds", "Provocation");
        if (input.Sections is not null) ReplaceSections(exhibition, input.Sections);
    }

    // Rows are reused position by position, so the unique (exhibition, position) index never sees two at once.
    private void ReplaceSections(Exhibition exhibition, List<ExhibitionSectionInput> sections)
    {
        if (sections.Count > MaxSections) throw new BadUserInputException($"An exhibition has at most {MaxSections} sections.", "input.sections");
        var existing = exhibition.Sections.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            var heading = InputRules.Text(sections[i].Heading, $"input.sections[{i}].heading", EntityConfiguration.NameLength);
            var body = InputRules.Text(sections[i].Body, $"input.sections[{i}].body", InputRules.LongText);
            if (i < existing.Count)
            {
                existing[i].Heading = heading;
                existing[i].Body = body;
            }
            else
            {
                db.Add(new ExhibitionSection { Id = LocalKeys.New(time), ExhibitionId = exhibition.Id, Position = i, Heading = heading, Body = body });
            }
        }
        foreach (var extra in existing.Skip(sections.Count)) db.Remove(extra);
    }
}
