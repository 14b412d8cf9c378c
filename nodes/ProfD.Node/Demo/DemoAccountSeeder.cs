using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProfD.Node.Data;
using ProfD.Node.Identity;
using ProfD.Node.Institution;

namespace ProfD.Node.Demo;

/// <summary>
/// When demo data is seeded, gives a node without accounts its <see cref="DemoAccounts"/>, all with one password
/// (<c>Node:Identity:DemoPassword</c>, else generated once) written with the e-mails to <see cref="DemoLogins"/>.
/// </summary>
internal sealed class DemoAccountSeeder(
    IServiceScopeFactory scopes,
    DatabaseMigrator migrator,
    IOptions<NodeOptions> node,
    IOptions<NodeIdentityOptions> identity,
    TimeProvider time,
    ILogger<DemoAccountSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!node.Value.SeedDemoData) return;
        await migrator.MigrateAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NodeDbContext>();
        if (await db.Users.AnyAsync(cancellationToken)) return;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>();
        var password = identity.Value.DemoPassword ?? DemoLogins.Read(node.Value.DataDirectory, node.Value.Institution)?.Password ?? DemoLogins.GeneratePassword();
        var accounts = DemoAccounts.For(node.Value.Institution, node.Value.Name ?? node.Value.Institution, time);
        foreach (var plan in accounts)
        {
            // A database seeded before with other data keeps its accounts, just not linked to a teacher it lacks.
            var teacher = plan.TeacherKey is { } key && await db.Teachers.AnyAsync(t => t.Id == key, cancellationToken) ? key : null;
            var account = new NodeAccount
            {
                // Staff accounts' subjects ({institution}:Account:{id}) are then known in advance, e.g. for the demo trust's admins.
                Id = teacher is null ? plan.Email[..plan.Email.IndexOf('@')] : Guid.NewGuid().ToString(),
                UserName = plan.Email,
                Email = plan.Email,
                EmailConfirmed = true,
                DisplayName = plan.DisplayName,
                Affiliation = plan.Affiliation,
                Roles = [.. plan.Roles],
                TeacherId = teacher,
            };
            var result = await users.CreateAsync(account, password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {plan.Email} was not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
        new DemoLogins(password, accounts).Write(node.Value.DataDirectory, node.Value.Institution);
        logger.LogInformation("Demo logins for {Institution} written to {File}", node.Value.Institution, DemoLogins.PathIn(node.Value.DataDirectory, node.Value.Institution));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
