using Microsoft.Extensions.Options;
using ProfD.Schema.Errors;
using ProfD.Schema.Ids;

namespace ProfD.Trust.Hosting;

/// <summary>The trust as its API shows it, and the one place the trust's own global IDs are made and read.</summary>
internal sealed class TrustProfile(IOptions<TrustOptions> options)
{
    public string Code => options.Value.Code;

    public string Name => options.Value.Name;

    public string GlobalIdOf(string type, string key) => GlobalId.Create(Code, type, key).ToString();

    /// <summary>
    /// The local key of <paramref name="value"/> when it names a <paramref name="type"/> of the trust; null when it
    /// names one held elsewhere. Malformed IDs and IDs of another type are BAD_USER_INPUT.
    /// </summary>
    public string? LocalKeyOf(string? value, string type, string argument = "id")
    {
        var id = GlobalId.Parse(value, argument, type);
        return id.Institution == Code ? id.Key : null;
    }

    /// <summary>Like <see cref="LocalKeyOf"/>, but an ID of another institution is NOT_FOUND: the trust is the only home of these.</summary>
    public string RequireLocalKey(string? value, string type, string argument = "id") =>
        LocalKeyOf(value, type, argument) ?? throw new NotFoundException($"There is no {type} '{value}' at the trust.");
}
