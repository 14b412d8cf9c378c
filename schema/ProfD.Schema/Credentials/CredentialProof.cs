namespace ProfD.Schema.Credentials;

/// <summary>
/// The names of ProfD's credential proof: an ES256 detached JWS with an unencoded payload (RFC 7515 appendix F,
/// RFC 7797), computed over the RFC 8785 canonical JSON of the whole credential with the proof's <c>jws</c> member left
/// out. See docs/credentials.md.
/// </summary>
public static class CredentialProof
{
    /// <summary>The <c>proof.type</c> of ProfD credentials.</summary>
    public const string Type = "JcsDetachedJwsSignature2026";

    /// <summary>The JWS algorithm: ECDSA on P-256 with SHA-256.</summary>
    public const string Algorithm = "ES256";

    /// <summary>The <c>proof.proofPurpose</c>: the issuer asserts what the credential says.</summary>
    public const string Purpose = "assertionMethod";
}
