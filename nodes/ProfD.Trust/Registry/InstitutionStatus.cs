namespace ProfD.Trust.Registry;

/// <summary>Whether an institution takes part: ACTIVE nodes are harvested and routed to; LEFT is final.</summary>
internal enum InstitutionStatus
{
    Active,
    Suspended,
    Left,
}
