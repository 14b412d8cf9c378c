using Microsoft.Extensions.Options;
using ProfD.Schema.Identity;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Identity;

/// <summary>
/// The hub's key folder, by default <c>{DataDirectory}/keys/{trust code}/identity</c>: its signing and encryption keys
/// (generated at first run), the harvester's secret and the cookie keys.
/// </summary>
internal sealed class HubKeys(IOptions<TrustOptions> trust, IOptions<TrustIdentityOptions> identity, TimeProvider time)
{
    private readonly Lazy<ServerKeyRing> ring = new(() => ServerKeyRing.LoadOrCreate(DirectoryOf(trust.Value, identity.Value), time));

    public string Directory => DirectoryOf(trust.Value, identity.Value);

    public ServerKeyRing Ring => ring.Value;

    public static string DirectoryOf(TrustOptions trust, TrustIdentityOptions identity) =>
        Path.GetFullPath(identity.KeysDirectory is { Length: > 0 } keys ? keys : Path.Combine(trust.DataDirectory, "keys", trust.Code, "identity"));
}
