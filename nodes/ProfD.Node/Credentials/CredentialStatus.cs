namespace ProfD.Node.Credentials;

internal enum CredentialStatus
{
    /// <summary>Signed by this node, unchanged, and the award stands.</summary>
    Valid,

    /// <summary>Not a credential of this node, changed since signing, or otherwise not to be trusted.</summary>
    Invalid,

    /// <summary>Authentic, but the institution has revoked the award.</summary>
    Revoked,
}
