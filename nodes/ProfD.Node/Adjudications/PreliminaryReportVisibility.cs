using ProfD.Schema.Errors;

namespace ProfD.Node.Adjudications;

/// <summary>
/// Preliminary reports are written independently: until every member's report is in, a member sees only their own.
/// Once all are in, every member sees all of them. Until logins arrive, "who is asking" is the adjudicatorId the caller
/// names; the same rule will then take it from the token.
/// </summary>
internal static class PreliminaryReportVisibility
{
    /// <exception cref="ProfDException">FORBIDDEN: <paramref name="adjudicatorId"/> is not on the panel.</exception>
    public static IReadOnlyList<AdjudicatorReport> VisibleTo(string adjudicatorId, IReadOnlyList<AdjudicatorReport> panel)
    {
        var member = panel.FirstOrDefault(r => r.AdjudicatorId == adjudicatorId)
            ?? throw new ProfDException(ErrorCodes.Forbidden, $"'{adjudicatorId}' is not on this panel; only its members read its preliminary reports.", "adjudicatorId");
        if (panel.All(r => r.SubmittedAt is not null)) return panel;
        return member.SubmittedAt is null ? [] : [member];
    }
}
