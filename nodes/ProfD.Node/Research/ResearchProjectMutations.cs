using Microsoft.EntityFrameworkCore;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectMutations(NodeDbContext db, InstitutionProfile institution, TimeProvider time)
{
    // Every mutation runs in a transaction: if any check fails half-way, nothing is saved and nothing stays pending.
    public Task<ResearchProject> CreateAsync(ResearchProjectInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        if (input.CandidateId is null) throw new BadUserInputException("'input.candidateId' is required.", "input.candidateId");
        var candidateKey = institution.LocalKeyOf(input.CandidateId, "Candidate", "input.candidateId")
            ?? throw new BadUserInputException($"'{input.CandidateId}' is a candidate of another institution; record the project at their home node.", "input.candidateId");
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateKey, ct)
            ?? throw new BadUserInputException($"There is no candidate '{input.CandidateId}' at {institution.Code}.", "input.candidateId");
        if (!CandidateStageRules.IsActive(candidate.Stage))
            throw new ConflictException($"The candidate is {candidate.Stage.ToString().ToUpperInvariant()}; only enrolled candidates start projects.", "input.candidateId");

        var now = time.GetUtcNow().UtcDateTime;
        var project = new ResearchProject
        {
            Id = LocalKeys.New(time),
            CandidateId = candidate.Id,
            Title = InputRules.Text(input.Title, "input.title", EntityConfiguration.NameLength),
            Question = InputRules.Text(input.Question, "input.question", 2000),
            Status = ProjectStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(project, input);
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return project;
    }, ct);

    public Task<ResearchProject> UpdateAsync(string id, ResearchProjectInput input, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var project = await db.FindByGlobalIdAsync<ResearchProject>(institution, id, "ResearchProject", "id", ct);
        if (input.CandidateId is not null && institution.LocalKeyOf(input.CandidateId, "Candidate", "input.candidateId") != project.CandidateId)
            throw new BadUserInputException("A project's candidate cannot change.", "input.candidateId");
        ProjectStatusRules.EnsureEditable(project);
        if (input.Title is not null) project.Title = InputRules.Text(input.Title, "input.title", EntityConfiguration.NameLength);
        if (input.Question is not null) project.Question = InputRules.Text(input.Question, "input.question", 2000);
        Apply(project, input);
        project.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return project;
    }, ct);

    public Task<ResearchProject> SetStatusAsync(string id, ProjectStatus status, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var project = await db.FindByGlobalIdAsync<ResearchProject>(institution, id, "ResearchProject", "id", ct);
            ProjectStatusRules.EnsureCanMove(project, status);
            var now = time.GetUtcNow().UtcDateTime;
            project.Status = status;
            project.UpdatedAt = now;
            // Starting research is what moves an enrolled candidate on.
            var candidate = await db.Candidates.FirstAsync(c => c.Id == project.CandidateId, ct);
            if (status == ProjectStatus.Active && candidate.Stage == CandidateStage.Enrolled)
            {
                candidate.Stage = CandidateStage.Researching;
                candidate.UpdatedAt = now;
            }
            await db.SaveChangesAsync(ct);
            return project;
        }, ct);

    public Task<ResearchProject> AddLinkAsync(string projectId, string targetId, LinkRelation relation, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var project = await db.FindByGlobalIdAsync<ResearchProject>(institution, projectId, "ResearchProject", "projectId", ct);
        ProjectStatusRules.EnsureEditable(project);
        var target = ResearchLinkRules.Check(project, institution.GlobalIdOf("ResearchProject", project.Id), targetId);
        if (target.Institution == institution.Code) await EnsureLocalTargetAsync(project, target, ct);
        project.BuildsOn.Add(new ResearchLink
        {
            Id = LocalKeys.New(time),
            ProjectId = project.Id,
            TargetId = target.ToString(),
            Relation = relation,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        project.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return project;
    }, ct);

    public Task<ResearchProject> RemoveLinkAsync(string projectId, string targetId, CancellationToken ct) => db.InTransactionAsync(async () =>
    {
        var project = await db.FindByGlobalIdAsync<ResearchProject>(institution, projectId, "ResearchProject", "projectId", ct);
        ProjectStatusRules.EnsureEditable(project);
        var target = GlobalId.Parse(targetId?.Trim(), "targetId").ToString();
        var link = project.BuildsOn.FirstOrDefault(l => l.TargetId == target)
            ?? throw new NotFoundException($"The project does not link to '{target}'.");
        project.BuildsOn.Remove(link);
        project.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return project;
    }, ct);

    private async Task EnsureLocalTargetAsync(ResearchProject project, GlobalId target, CancellationToken ct)
    {
        if (target.Type == "ResearchProject" && !await db.ResearchProjects.AnyAsync(p => p.Id == target.Key, ct))
            throw new BadUserInputException($"There is no research project '{target}' at {institution.Code}.", "targetId");
        if (target.Type == "Exhibition")
        {
            var exhibition = await db.Exhibitions.Where(e => e.Id == target.Key).Select(e => new { e.ProjectId }).FirstOrDefaultAsync(ct)
                ?? throw new BadUserInputException($"There is no exhibition '{target}' at {institution.Code}.", "targetId");
            if (exhibition.ProjectId == project.Id)
                throw new BadUserInputException("A project cannot build on the exhibition that presents it.", "targetId");
        }
    }

    private void Apply(ResearchProject project, ResearchProjectInput input)
    {
        if (input.Hypothesis is not null) project.Hypothesis = InputRules.OptionalText(input.Hypothesis, "input.hypothesis", 4000);
        if (input.Method is not null) project.Method = InputRules.OptionalText(input.Method, "input.method", InputRules.LongText);
        if (input.Context is not null) project.Context = InputRules.OptionalText(input.Context, "input.context", 4000);
        if (input.PupilsAgeRange is not null) project.PupilsAgeRange = InputRules.OptionalText(input.PupilsAgeRange, "input.pupilsAgeRange", 60);
        if (input.Setting is not null) project.Setting = InputRules.OptionalText(input.Setting, "input.setting", EntityConfiguration.NameLength * 2);
        if (input.Findings is not null) project.Findings = InputRules.OptionalText(input.Findings, "input.findings", InputRules.LongText);
        if (input.ConclusionsForPractice is not null)
            project.ConclusionsForPractice = InputRules.OptionalText(input.ConclusionsForPractice, "input.conclusionsForPractice", InputRules.LongText);
        if (input.Themes is not null) project.Themes = InputRules.Tags(input.Themes, "input.themes");
        if (input.Languages is not null) project.Languages = InputRules.Tags(input.Languages, "input.languages");
        if (input.ProvocationIds is not null) project.ProvocationIds = InputRules.GlobalIds(input.ProvocationIds, "input.provocationIds", "Provocation");
        if (input.EthicsApproval is { } ethics)
        {
            project.EthicsApprovedBy = InputRules.Text(ethics.ApprovedBy, "input.ethicsApproval.approvedBy", EntityConfiguration.NameLength);
            var approvedAt = ethics.ApprovedAt?.ToUniversalTime();
            if (approvedAt > time.GetUtcNow().UtcDateTime)
                throw new BadUserInputException("'input.ethicsApproval.approvedAt' must not be in the future.", "input.ethicsApproval.approvedAt");
            project.EthicsApprovedAt = approvedAt;
            project.EthicsReference = InputRules.OptionalText(ethics.Reference, "input.ethicsApproval.reference", EntityConfiguration.NameLength);
        }
    }
}
