using GraphQL.Types;

namespace ProfD.Node.Access;

/// <summary>
/// Types with no rule of their own: pages, wrappers and parts of an object (sections, media, versions, reports, …).
/// They are reached only through a field that has a rule, and their fields are as open as that field was.
/// </summary>
internal static class StructuralTypes
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "PageInfo", "_Service",
        "ExhibitionSection", "MediaItem", "Showing", "ExhibitionVersion",
        "PanelMember", "PreliminaryReport", "MentorComment",
        "EthicsApproval", "ResearchLink",
        "ChangeFeed", "Change", "CredentialVerification",
    };

    public static bool Contains(IGraphType type) =>
        type.Name.StartsWith("__", StringComparison.Ordinal)
        || Names.Contains(type.Name)
        || type.Name.EndsWith("Connection", StringComparison.Ordinal)
        || type.Name.EndsWith("Edge", StringComparison.Ordinal);
}
