using ProfD.Schema.Errors;

namespace ProfD.Node.Research;

/// <summary>A project moves DRAFT → ACTIVE → CONCLUDED and no other way; a concluded project is closed.</summary>
internal static class ProjectStatusRules
{
    /// <exception cref="ConflictException">The move is not DRAFT → ACTIVE or ACTIVE → CONCLUDED, or its precondition is missing.</exception>
    public static void EnsureCanMove(ResearchProject project, ProjectStatus to)
    {
        var allowed = (project.Status, to) is (ProjectStatus.Draft, ProjectStatus.Active) or (ProjectStatus.Active, ProjectStatus.Concluded);
        if (!allowed)
            throw new ConflictException($"A project moves DRAFT → ACTIVE → CONCLUDED; this one is {Name(project.Status)} and cannot become {Name(to)}.", "status");
        // Research with pupils starts only once it has ethics approval.
        if (to == ProjectStatus.Active && string.IsNullOrEmpty(project.EthicsApprovedBy))
            throw new ConflictException("Record the project's ethics approval before it becomes ACTIVE.", "ethicsApproval");
        if (to == ProjectStatus.Concluded && string.IsNullOrEmpty(project.Findings))
            throw new ConflictException("Record the project's findings before it becomes CONCLUDED.", "findings");
    }

    /// <summary>A concluded project is closed: neither its fields nor its "builds on" links change any more.</summary>
    /// <exception cref="ConflictException">The project is CONCLUDED.</exception>
    public static void EnsureEditable(ResearchProject project)
    {
        if (project.Status == ProjectStatus.Concluded)
            throw new ConflictException("The project is CONCLUDED and can no longer change; start a new project that builds on it.");
    }

    private static string Name(ProjectStatus status) => status.ToString().ToUpperInvariant();
}
