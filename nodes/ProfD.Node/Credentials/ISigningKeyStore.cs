using ProfD.Schema.Credentials;

namespace ProfD.Node.Credentials;

/// <summary>Where the node's credential-signing keys live.</summary>
internal interface ISigningKeyStore
{
    /// <summary>The key that signs new credentials, created the first time it is needed.</summary>
    SigningKey Current();

    /// <summary>Every public key the node publishes: the current one first, then retired ones that still verify old credentials.</summary>
    JsonWebKeySet PublicKeys();
}
