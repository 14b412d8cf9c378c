using System.ComponentModel.DataAnnotations;

namespace ProfD.Node.Media;

/// <summary>Limits of the media upload endpoint. Bound from the <c>Media</c> section and validated at start.</summary>
internal sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The largest upload accepted, in bytes; a bigger one is refused with 413. Default 512 MiB.</summary>
    [Range(typeof(long), "1", "1099511627776", ErrorMessage = "Media:MaxUploadBytes must be between 1 byte and 1 TiB.")]
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;
}
