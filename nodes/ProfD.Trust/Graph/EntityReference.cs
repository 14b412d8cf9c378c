namespace ProfD.Trust.Graph;

/// <summary>What a federation representation carries for every ProfD entity: its global ID.</summary>
internal sealed class EntityReference
{
    public string Id { get; set; } = "";
}
