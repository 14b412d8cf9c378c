using System.Text.RegularExpressions;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// The ID of an uploaded file, <c>{institution}:Media:{sha256 hex}</c>: content-addressed, so the key is the file's
/// SHA-256. The media store (upload and download) checks that the file exists; here the ID's shape is checked.
/// </summary>
internal static partial class MediaId
{
    public const string Type = "Media";

    /// <summary>The SHA-256 that <paramref name="value"/> names, for a file uploaded to this node.</summary>
    /// <exception cref="BadUserInputException">Malformed, not a Media ID, or a file at another node.</exception>
    public static string Sha256Of(string value, InstitutionProfile institution, string field)
    {
        var id = GlobalId.Parse(value?.Trim(), field, Type);
        if (id.Institution != institution.Code)
            throw new BadUserInputException($"'{value}' is a file at {id.Institution}; upload the file to this node ({institution.Code}) and use that ID.", field);
        if (!Sha256Hex().IsMatch(id.Key))
            throw new BadUserInputException($"'{value}' is not a media ID: its key must be a SHA-256 in 64 lower-case hex digits.", field);
        return id.Key;
    }

    public static string Of(InstitutionProfile institution, string sha256) => institution.GlobalIdOf(Type, sha256);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
