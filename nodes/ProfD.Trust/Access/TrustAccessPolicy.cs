namespace ProfD.Trust.Access;

/// <summary>Whether the trust enforces its access rules: always, except in tests that call <see cref="TrustAccessTesting.PermitAll"/>.</summary>
internal sealed class TrustAccessPolicy
{
    public bool PermitsEverything { get; init; }
}
