namespace ProfD.Schema.Exhibitions;

/// <summary>A text that is not an exhibition document this software can read.</summary>
public sealed class ExhibitionFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ExhibitionFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
