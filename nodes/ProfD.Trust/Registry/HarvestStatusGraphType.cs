using GraphQL.Types;
using ProfD.Trust.Access;

namespace ProfD.Trust.Registry;

internal sealed class HarvestStatusGraphType : ObjectGraphType<HarvestStatus>
{
    public HarvestStatusGraphType()
    {
        this.MarkPublic();
        Name = "HarvestStatus";
        Description = "How the harvest of the node's change feed is going.";
        Field(h => h.LastSuccessAt, nullable: true).Description("When a harvest of the node last ended without an error.");
        Field(h => h.LagSeconds, nullable: true)
            .Description("Seconds since the harvester last reached the end of the node's feed; null if it never has.");
        Field(h => h.LastError, nullable: true).Description("Why the last harvest failed; null when it did not.");
        Field(h => h.Cursor, nullable: true).Description("The node's feed cursor after the last change applied; null before the first.");
        Field(h => h.LastAttemptAt, nullable: true);
        Field(h => h.NextAttemptAt, nullable: true).Description("After failures, the harvester waits until then (doubling each time).");
        Field(h => h.ConsecutiveFailures);
        Field(h => h.ChangesApplied).Description("Changes applied since the institution registered.");
    }
}

/// <summary>A node's <see cref="HarvestState"/> as the API shows it, with the lag worked out at the time of the request.</summary>
internal sealed record HarvestStatus(
    DateTime? LastSuccessAt, long? LagSeconds, string? LastError, string? Cursor, DateTime? LastAttemptAt,
    DateTime? NextAttemptAt, int ConsecutiveFailures, long ChangesApplied)
{
    public static HarvestStatus Of(HarvestState state, DateTime now) => new(
        state.LastSuccessAt,
        state.CaughtUpAt is { } at ? (long)Math.Max(0, (now - at).TotalSeconds) : null,
        state.LastError,
        state.Cursor,
        state.LastAttemptAt,
        state.NextAttemptAt,
        state.ConsecutiveFailures,
        state.ChangesApplied);
}
