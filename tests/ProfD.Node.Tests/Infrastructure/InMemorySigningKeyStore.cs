using System.Security.Cryptography;
using ProfD.Node.Credentials;
using ProfD.Schema.Credentials;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>A real P-256 key held in memory, for tests that sign without a data directory.</summary>
internal sealed class InMemorySigningKeyStore : ISigningKeyStore
{
    private readonly SigningKey key;

    public InMemorySigningKeyStore()
    {
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        key = new SigningKey(ecdsa, JsonWebKey.FromKey(ecdsa).KeyId);
    }

    public SigningKey Current() => key;

    public JsonWebKeySet PublicKeys() => new() { Keys = [JsonWebKey.FromKey(key.Key)] };
}
