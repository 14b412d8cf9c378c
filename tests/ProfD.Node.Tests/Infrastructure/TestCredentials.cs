using Microsoft.Extensions.Options;
using ProfD.Node.Credentials;
using ProfD.Node.Institution;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>Credential issuers for tests that work below the web host.</summary>
internal static class TestCredentials
{
    public static InstitutionProfile Institution(string code, string? name = null) =>
        new(Options.Create(new NodeOptions { Institution = code, Name = name ?? $"Test institution {code}" }));

    public static CredentialIssuer Issuer(string institution, TimeProvider time, ISigningKeyStore? keys = null) =>
        new(keys ?? new InMemorySigningKeyStore(), Institution(institution), time);
}
