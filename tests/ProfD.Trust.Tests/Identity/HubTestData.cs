using ProfD.Trust.Registry;
using ProfD.Trust.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Identity;

/// <summary>Puts institutions in a trust's registry directly, so a provider that is no GraphQL node can stand for one.</summary>
internal static class HubTestData
{
    public static Task AddInstitutionAsync(this TrustHost trust, string code, string endpoint, InstitutionStatus status = InstitutionStatus.Active) =>
        trust.WithDatabaseAsync(async db =>
        {
            var now = trust.Clock.GetUtcNow().UtcDateTime;
            db.Add(new Institution { Code = code, Name = $"Institution {code}", Nation = "GB", Endpoint = endpoint, Status = status, JoinedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync();
        });

    public static Task SetStatusAsync(this TrustHost trust, string code, InstitutionStatus status) =>
        trust.WithDatabaseAsync(async db =>
        {
            var institution = await db.FindAsync<Institution>(code) ?? throw new InvalidOperationException(code);
            institution.Status = status;
            await db.SaveChangesAsync();
        });
}
