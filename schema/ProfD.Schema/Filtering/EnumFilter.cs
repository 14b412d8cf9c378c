namespace ProfD.Schema.Filtering;

/// <summary>Conditions on an enum field; all given conditions must hold.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class EnumFilter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Exactly this value.</summary>
    public TEnum? Eq { get; set; }

    /// <summary>One of these values.</summary>
    public List<TEnum>? In { get; set; }
}
