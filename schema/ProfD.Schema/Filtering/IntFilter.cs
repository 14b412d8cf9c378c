namespace ProfD.Schema.Filtering;

/// <summary>Conditions on a whole-number field; all given conditions must hold.</summary>
public sealed class IntFilter
{
    /// <summary>Exactly this value.</summary>
    public int? Eq { get; set; }

    /// <summary>One of these values.</summary>
    public List<int>? In { get; set; }

    /// <summary>At least this value.</summary>
    public int? Gte { get; set; }

    /// <summary>At most this value.</summary>
    public int? Lte { get; set; }
}
