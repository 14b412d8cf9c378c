using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Research;

/// <summary>What a "builds on" link may point at: a project or exhibition anywhere, not the project itself, once.</summary>
internal static class ResearchLinkRules
{
    public static readonly string[] TargetTypes = ["ResearchProject", "Exhibition"];

    /// <summary>The target, checked: well-formed, a project or exhibition, not <paramref name="projectId"/> itself, not already linked.</summary>
    /// <exception cref="BadUserInputException">Malformed, another type, or the project itself.</exception>
    /// <exception cref="ConflictException">The project already links to it.</exception>
    public static GlobalId Check(ResearchProject project, string projectId, string? targetId)
    {
        var target = GlobalId.Parse(targetId?.Trim(), "targetId");
        if (!TargetTypes.Contains(target.Type))
            throw new BadUserInputException($"'{targetId}' is a {target.Type}; a project builds on a ResearchProject or an Exhibition.", "targetId");
        if (target.ToString() == projectId)
            throw new BadUserInputException("A project cannot build on itself.", "targetId");
        if (project.BuildsOn.Any(l => l.TargetId == target.ToString()))
            throw new ConflictException($"The project already links to '{target}'.", "targetId");
        return target;
    }
}
