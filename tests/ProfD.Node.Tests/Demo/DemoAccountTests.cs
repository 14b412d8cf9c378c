using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Adjudications;
using ProfD.Node.Data;
using ProfD.Node.Demo;
using ProfD.Node.Exhibitions;
using ProfD.Node.Identity;
using ProfD.Node.Tests.Identity;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Identity;

namespace ProfD.Node.Tests.Demo;

/// <summary>A demo node gets one login per role, linked to teachers whose records show the role, and a private file listing them.</summary>
public sealed class DemoAccountTests
{
    [Fact]
    public void Every_demo_institution_has_a_login_per_role_linked_to_fitting_teachers()
    {
        foreach (var institution in DemoData.Institutions)
        {
            var accounts = DemoAccounts.For(institution, institution, TimeProvider.System).ToDictionary(a => a.Email.Split('@')[0]);
            var own = DemoData.Build(institution, TimeProvider.System);
            var all = DemoData.Institutions.Select(i => DemoData.Build(i, TimeProvider.System)).ToList();
            string Global(string? key) => $"{institution}:Teacher:{key}";

            var roles = institution == DemoData.Institutions[0]
                ? new[] { "adjudicator", "admin", "candidate", "member", "mentor", "trust-admin" }
                : ["adjudicator", "admin", "candidate", "member", "mentor"];
            Assert.Equal(roles, accounts.Keys.Order());
            Assert.All(accounts.Values, a => Assert.EndsWith($"@{institution}.demo", a.Email, StringComparison.Ordinal));
            Assert.Equal([FederationRoles.InstitutionAdmin], accounts["admin"].Roles);
            Assert.Null(accounts["admin"].TeacherKey);
            Assert.Equal(FederationAffiliations.Staff, accounts["admin"].Affiliation);

            var candidate = own.Candidates.Single(c => c.TeacherId == accounts["candidate"].TeacherKey);
            Assert.Contains(own.Exhibitions, e => e.CandidateId == candidate.Id && e.Status == ExhibitionStatus.Draft);
            Assert.Contains(all.SelectMany(d => d.Mentorships), m => m.MentorId == Global(accounts["mentor"].TeacherKey));
            Assert.Contains(all.Where(d => d != own).SelectMany(d => d.Mentorships), m => m.MentorId == Global(accounts["mentor"].TeacherKey));
            Assert.Contains(all.SelectMany(d => d.Adjudications).SelectMany(a => a.Panel), r => r.AdjudicatorId == Global(accounts["adjudicator"].TeacherKey));
            Assert.DoesNotContain(own.Candidates, c => c.TeacherId == accounts["member"].TeacherKey);
            var teachers = accounts.Values.Select(a => a.TeacherKey).Where(k => k is not null).ToList();
            Assert.Equal(4, teachers.Distinct().Count());
            Assert.All(teachers, k => Assert.Contains(own.Teachers, t => t.Id == k));
        }
    }

    [Fact]
    public async Task Seeding_demo_data_creates_the_logins_with_a_generated_password_written_to_a_private_file()
    {
        var node = await KestrelNode.StartAsync(null, new Dictionary<string, string?>
        {
            ["Node:Institution"] = "uclioe",
            ["Node:SeedDemoData"] = "true",
        });
        await using (node)
        {
            var logins = DemoLogins.Read(node.DataDirectory, "uclioe");
            Assert.NotNull(logins);
            Assert.Equal(20, logins.Password.Length);
            Assert.Equal(6, logins.Accounts.Count);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DemoLogins.PathIn(node.DataDirectory, "uclioe")));

            await using var scope = node.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>();
            foreach (var login in logins.Accounts)
            {
                var account = await users.FindByEmailAsync(login.Email);
                Assert.NotNull(account);
                Assert.True(await users.CheckPasswordAsync(account, logins.Password), login.Email);
                Assert.True(account.LockoutEnabled);
            }
            var trustAdmin = await users.FindByEmailAsync("trust-admin@uclioe.demo");
            Assert.Equal(DemoAccounts.TrustAdminSubject, NodeAccountClaims.SubjectOf(trustAdmin!, "uclioe"));
            var candidate = await users.FindByEmailAsync("candidate@uclioe.demo");
            Assert.NotNull(candidate!.TeacherId);
            var db = scope.ServiceProvider.GetRequiredService<NodeDbContext>();
            Assert.True(await db.Teachers.AnyAsync(t => t.Id == candidate.TeacherId));
        }
    }

    [Fact]
    public async Task A_configured_demo_password_is_used_and_a_restart_keeps_the_accounts()
    {
        var data = Path.Combine(Path.GetTempPath(), "profd-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Node:SeedDemoData"] = "true",
            ["Node:Identity:DemoPassword"] = "demo-password-1",
        };
        var node = await KestrelNode.StartAsync(null, settings, data);
        await using (node)
        {
            Assert.Equal("demo-password-1", DemoLogins.Read(data, "kestrelnode")!.Password);
            var admin = await TestAccounts.FindAsync(node.Services, "admin@kestrelnode.demo");
            await using var scope = node.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NodeAccount>>();
            Assert.True(await users.CheckPasswordAsync(admin, "demo-password-1"));
            Assert.Equal([FederationRoles.InstitutionAdmin], admin.Roles);
        }
    }
}
