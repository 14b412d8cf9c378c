namespace ProfD.Schema.Filtering;

/// <summary>
/// Conditions on a reference by global ID. IDs of another institution match nothing here, which is what lets the
/// gateway send the same filter to every node.
/// </summary>
public sealed class IdFilter
{
    /// <summary>Exactly this ID.</summary>
    public string? Eq { get; set; }

    /// <summary>One of these IDs.</summary>
    public List<string>? In { get; set; }
}
