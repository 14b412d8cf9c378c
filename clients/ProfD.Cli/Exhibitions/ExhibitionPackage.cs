namespace ProfD.Cli.Exhibitions;

/// <summary>
/// The files of an exported exhibition in its folder: the document exactly as the home node gave it, the award's
/// credential when there is one, each uploaded media file under <c>media/</c> named by its SHA-256, and a manifest.
/// </summary>
internal static class ExhibitionPackage
{
    public const string Format = "profd-exhibition-package/1.0";
    public const string Document = "exhibition.json";
    public const string Credential = "credential.json";
    public const string Manifest = "package.json";
    public const string MediaFolder = "media";

    public static string MediaFile(string sha256) => $"{MediaFolder}/{sha256}";
}
