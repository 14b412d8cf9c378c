using Microsoft.Extensions.Options;
using ProfD.Schema.Ids;

namespace ProfD.Node.Institution;

/// <summary>This node's institution, as the API shows it, and the one place global IDs are made and read.</summary>
internal sealed class InstitutionProfile(IOptions<NodeOptions> options)
{
    /// <summary>The version of the node contract (<c>schema/node.graphql</c>) this build serves.</summary>
    public const string SchemaVersion = "1.0.0";

    private readonly NodeOptions _options = options.Value;

    public string Code => _options.Institution;

    public string Name => _options.Name ?? _options.Institution;

    public string Nation => _options.Nation;

    public string AwardTitle => _options.AwardTitle;

    public string Id => GlobalIdOf("Institution", Code);

    public string GlobalIdOf(string type, string key) => GlobalId.Create(Code, type, key).ToString();

    /// <summary>
    /// The local key of <paramref name="value"/> if it names a <paramref name="type"/> held here; null when it names
    /// one held elsewhere. Malformed IDs, or IDs of another type, are BAD_USER_INPUT.
    /// </summary>
    public string? LocalKeyOf(string? value, string type, string argument = "id")
    {
        var id = GlobalId.Parse(value, argument, type);
        return id.Institution == Code ? id.Key : null;
    }
}
