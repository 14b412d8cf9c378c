namespace ProfD.Schema.Filtering;

/// <summary>Conditions on a text field; all given conditions must hold.</summary>
public sealed class StringFilter
{
    /// <summary>Exactly this value.</summary>
    public string? Eq { get; set; }

    /// <summary>One of these values.</summary>
    public List<string>? In { get; set; }

    /// <summary>Contains this text, ignoring case.</summary>
    public string? Contains { get; set; }
}
