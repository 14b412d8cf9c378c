using System.Security.Cryptography;

namespace ProfD.Node.Credentials;

/// <summary>A P-256 private key and its ID in the node's key set.</summary>
internal sealed record SigningKey(ECDsa Key, string KeyId);
