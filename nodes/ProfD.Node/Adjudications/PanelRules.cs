using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Adjudications;

/// <summary>
/// Who may examine: at least two distinct adjudicators (teachers, by global ID, at any node), at least one of them
/// from another institution, and neither the candidate nor anyone who has mentored them.
/// </summary>
internal static class PanelRules
{
    public const int MinimumSize = 2;
    public const int MaximumSize = 6;
    private const string Field = "adjudicatorIds";

    /// <summary>The panel's members as global IDs, in the order given.</summary>
    /// <param name="adjudicatorIds">What the client sent.</param>
    /// <param name="institution">This node's institution code.</param>
    /// <param name="candidateTeacherId">The candidate's own global Teacher ID.</param>
    /// <param name="mentorIds">The global Teacher IDs of everyone who has mentored the candidate.</param>
    /// <exception cref="BadUserInputException">A rule is broken; the message says which.</exception>
    public static IReadOnlyList<GlobalId> Check(IReadOnlyList<string> adjudicatorIds, string institution, string candidateTeacherId, IReadOnlyCollection<string> mentorIds)
    {
        var members = new List<GlobalId>();
        foreach (var value in adjudicatorIds)
        {
            var id = GlobalId.Parse(value?.Trim(), Field, "Teacher");
            if (members.Contains(id)) throw new BadUserInputException($"'{id}' is named twice; each adjudicator sits on a panel once.", Field);
            members.Add(id);
        }
        if (members.Count < MinimumSize)
            throw new BadUserInputException($"A panel needs at least {MinimumSize} adjudicators; {members.Count} named.", Field);
        if (members.Count > MaximumSize)
            throw new BadUserInputException($"A panel has at most {MaximumSize} adjudicators; {members.Count} named.", Field);
        if (members.All(m => m.Institution == institution))
            throw new BadUserInputException($"At least one adjudicator must come from another institution than {institution}.", Field);
        if (members.Any(m => m.ToString() == candidateTeacherId))
            throw new BadUserInputException("The candidate cannot adjudicate their own exhibition.", Field);
        if (members.FirstOrDefault(m => mentorIds.Contains(m.ToString())) is { Type: not null } mentor)
            throw new BadUserInputException($"'{mentor}' has mentored the candidate and cannot adjudicate their exhibition.", Field);
        return members;
    }
}
