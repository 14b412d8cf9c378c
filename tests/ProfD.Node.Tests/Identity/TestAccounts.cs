using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Data;
using ProfD.Node.Identity;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Schema.Identity;

namespace ProfD.Node.Tests.Identity;

/// <summary>Accounts made through the node's own UserManager, as an administrator would.</summary>
internal static class TestAccounts
{
    public const string Password = "correct horse battery";

    /// <summary>A teacher (key <paramref name="teacherKey"/>, with a school) and their account with <see cref="Password"/>.</summary>
    public static async Task<NodeAccount> CreateTeacherAsync(IServiceProvider services, string email, string teacherKey, params string[] roles)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NodeDbContext>();
            var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            db.Add(new School { Id = $"S{teacherKey}", Name = "Idp School", Nation = "GB", Economy = Economy.Developed, City = "London", CreatedAt = at, UpdatedAt = at });
            db.Add(new Teacher { Id = teacherKey, GivenName = "Ada", FamilyName = "Lovelace", Email = $"{teacherKey.ToLowerInvariant()}@school.example", SchoolId = $"S{teacherKey}", CreatedAt = at, UpdatedAt = at });
            await db.SaveChangesAsync();
        }
        return await CreateAsync(services, email, "Ada Lovelace", FederationAffiliations.Faculty, teacherKey, roles);
    }

    public static async Task<NodeAccount> CreateAsync(IServiceProvider services, string email, string name, string affiliation, string? teacherKey, params string[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>();
        var account = new NodeAccount { UserName = email, Email = email, DisplayName = name, Affiliation = affiliation, TeacherId = teacherKey, Roles = [.. roles] };
        var result = await users.CreateAsync(account, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return account;
    }

    public static async Task<NodeAccount> FindAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>().FindByEmailAsync(email))!;
    }
}
