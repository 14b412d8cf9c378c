namespace ProfD.Schema.Exhibitions;

/// <summary>What a piece of an exhibition is; written as <c>VIDEO</c>, <c>AUDIO</c>, ….</summary>
public enum ExhibitionMediaKind
{
    /// <summary>A video.</summary>
    Video,

    /// <summary>A sound recording.</summary>
    Audio,

    /// <summary>A still image.</summary>
    Image,

    /// <summary>A document such as a PDF.</summary>
    Document,

    /// <summary>A link to a web page.</summary>
    Link,

    /// <summary>A text written into the exhibition (in <see cref="DocumentMedia.Transcript"/>).</summary>
    Text,
}
