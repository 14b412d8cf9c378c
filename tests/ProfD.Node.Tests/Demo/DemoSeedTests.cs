using Microsoft.EntityFrameworkCore;
using ProfD.Node.Adjudications;
using ProfD.Node.Credentials;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Demo;
using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Ids;

namespace ProfD.Node.Tests.Demo;

/// <summary>
/// The three demo nodes seeded side by side, each into its own database, on each engine: every reference one node
/// makes to another (links, mentors, adjudicators) names a row the other node really has.
/// </summary>
public abstract class DemoSeedTests : EngineTestBase
{
    private static readonly TimeProvider Clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private readonly Dictionary<string, TestDatabase> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InMemorySigningKeyStore> keys = new(StringComparer.Ordinal);

    private protected DemoSeedTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task DisposeAsync()
    {
        foreach (var node in nodes.Values) await node.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Each_demo_node_seeds_every_candidate_stage_and_exhibition_status_under_the_keys_KeyOf_names()
    {
        await SeedEveryDemoNodeAsync();

        foreach (var (institution, node) in nodes)
        {
            await using var db = node.CreateContext();
            var stages = await db.Candidates.Select(c => c.Stage).Distinct().ToListAsync();
            var statuses = await db.Exhibitions.Select(e => e.Status).Distinct().ToListAsync();

            Assert.Equal(Enum.GetValues<CandidateStage>().Order(), stages.Order());
            Assert.Equal(Enum.GetValues<ExhibitionStatus>().Order(), statuses.Order());
            Assert.True(await db.Cohorts.Select(c => c.IntakeYear).Distinct().CountAsync() >= 4);
            Assert.All(await db.Cohorts.Include(c => c.Schools).ToListAsync(), c => Assert.InRange(c.Schools.Count, 1, 3));
            Assert.True(await db.ResearchProjects.CountAsync(p => p.Themes.Contains(DemoThemes.Oracy) || p.Themes.Contains(DemoThemes.Inclusion)) > 0);
            Assert.True(await db.AdjudicatorReports.CountAsync() > 0);
            Assert.True(await db.Awards.CountAsync() > 0);
            Assert.True(await db.MediaItems.CountAsync(m => m.Transcript != null) > 0);
            Assert.Contains(await db.ExhibitionVersions.Select(v => v.Number).ToListAsync(), n => n == 2);
            Assert.True(await db.ExhibitionSections.CountAsync() > 0);
            Assert.True(await db.ExhibitionShowings.CountAsync() > 0);
            Assert.True(await db.MentorComments.CountAsync() > 0);
            var credentials = await db.Awards.Select(a => a.Credential).ToListAsync();
            Assert.All(credentials, c => Assert.True(ProfD.Schema.Credentials.CredentialVerifier.Verify(c!, keys[institution].PublicKeys()).IsValid));

            Assert.Equal(Keys(institution, "School", DemoShape.SchoolCount), await db.Schools.Select(s => s.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(Keys(institution, "Teacher", DemoShape.TeacherCount), await db.Teachers.Select(t => t.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(Keys(institution, "Candidate", DemoShape.Candidates.Count), await db.Candidates.Select(c => c.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(Keys(institution, "ResearchProject", DemoShape.Candidates.Count), await db.ResearchProjects.Select(p => p.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(
                DemoShape.Candidates.Where(c => c.Exhibition is not null).Select(c => DemoData.KeyOf(institution, "Exhibition", c.Index)).Order(StringComparer.Ordinal),
                await db.Exhibitions.Select(e => e.Id).OrderBy(id => id).ToListAsync());
        }
    }

    [Fact]
    public async Task Each_demo_node_seeds_every_stage_status_phase_and_link_relation_and_every_credential_verifies_or_is_revoked()
    {
        await SeedEveryDemoNodeAsync();

        foreach (var (institution, node) in nodes)
        {
            await using var db = node.CreateContext();
            AssertEveryValue(await db.Candidates.Select(c => c.Stage).ToListAsync(), institution);
            AssertEveryValue(await db.ResearchProjects.Select(p => p.Status).ToListAsync(), institution);
            AssertEveryValue(await db.Exhibitions.Select(e => e.Status).ToListAsync(), institution);
            var adjudications = await db.Adjudications.Include(a => a.Panel).ToListAsync();
            AssertEveryValue(adjudications.Select(AdjudicationStateMachine.PhaseOf), institution);
            // Each relation is shown reaching across to another node, not only within this one.
            var links = (await db.ResearchProjects.ToListAsync()).SelectMany(p => p.BuildsOn).ToList();
            AssertEveryValue(links.Where(l => GlobalId.Parse(l.TargetId).Institution != institution).Select(l => l.Relation), institution);

            // A corrected resubmission, mentors' comments and face-to-face showings are there to be seen too.
            Assert.Contains(await db.Exhibitions.Include(e => e.Versions).ToListAsync(), e => e.Versions.Count(v => v.SubmittedAt is not null) >= 2);
            Assert.True(await db.MentorComments.Select(c => c.MentorshipId).Distinct().CountAsync() > 1);
            Assert.True(await db.ExhibitionShowings.Select(s => s.ExhibitionId).Distinct().CountAsync() > 1);

            // Every panel keeps the rules a panel formed through the API keeps.
            var candidateOf = await db.Exhibitions.ToDictionaryAsync(e => e.Id, e => e.CandidateId);
            var teacherOf = await db.Candidates.ToDictionaryAsync(c => c.Id, c => c.TeacherId);
            var mentorsOf = (await db.Mentorships.ToListAsync()).ToLookup(m => m.CandidateId, m => m.MentorId);
            foreach (var adjudication in adjudications)
            {
                var candidate = candidateOf[adjudication.ExhibitionId];
                PanelRules.Check([.. adjudication.Panel.Select(r => r.AdjudicatorId)], institution,
                    GlobalId.Create(institution, "Teacher", teacherOf[candidate]).ToString(), [.. mentorsOf[candidate]]);
            }

            var verifier = new CredentialVerifications(db, keys[institution], TestCredentials.Institution(institution));
            var awards = await db.Awards.ToListAsync();
            Assert.Single(awards, a => a.RevokedAt is not null);
            foreach (var award in awards)
            {
                var verification = await verifier.VerifyAsync(award.Credential!, CancellationToken.None);
                Assert.Equal(award.RevokedAt is null ? CredentialStatus.Valid : CredentialStatus.Revoked, verification.Status);
                Assert.Equal(GlobalId.Create(institution, "Award", award.Id).ToString(), verification.AwardId);
            }
        }
    }

    [Fact]
    public async Task Links_mentors_and_adjudicators_at_other_nodes_name_rows_those_nodes_seeded()
    {
        await SeedEveryDemoNodeAsync();
        var references = new List<GlobalId>();
        foreach (var (institution, node) in nodes)
        {
            await using var db = node.CreateContext();
            var projects = await db.ResearchProjects.ToListAsync();
            var links = projects.SelectMany(p => p.BuildsOn).Select(l => GlobalId.Parse(l.TargetId)).ToList();
            Assert.Contains(links, l => l.Institution != institution);
            references.AddRange(links);
            references.AddRange((await db.Mentorships.Select(m => m.MentorId).ToListAsync()).Select(id => GlobalId.Parse(id)));
            references.AddRange((await db.AdjudicatorReports.Select(r => r.AdjudicatorId).ToListAsync()).Select(id => GlobalId.Parse(id)));
        }

        Assert.Contains(references, r => r.Type == "ResearchProject");
        Assert.Contains(references, r => r.Type == "Exhibition");
        Assert.Contains(references, r => r.Type == "Teacher");
        foreach (var reference in references)
        {
            await using var db = nodes[reference.Institution].CreateContext();
            var found = reference.Type switch
            {
                "ResearchProject" => await db.ResearchProjects.AnyAsync(p => p.Id == reference.Key && p.Status != ProfD.Node.Research.ProjectStatus.Draft),
                "Exhibition" => await db.Exhibitions.AnyAsync(e => e.Id == reference.Key && e.Status == ExhibitionStatus.Published),
                "Teacher" => await db.Teachers.AnyAsync(t => t.Id == reference.Key),
                _ => false,
            };
            Assert.True(found, $"{reference} is not a row of its node's demo data.");
        }
    }

    [Fact]
    public async Task Seeding_twice_fails_and_adds_nothing()
    {
        await using (var first = Database.CreateContext()) await DemoData.SeedAsync(first, "uclioe", Clock, TestCredentials.Issuer("uclioe", Clock));
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<DbUpdateException>(() => DemoData.SeedAsync(db, "uclioe", Clock, TestCredentials.Issuer("uclioe", Clock)));

        await using var read = Database.CreateContext();
        Assert.Equal(DemoShape.TeacherCount, await read.Teachers.CountAsync());
    }

    [Fact]
    public async Task Any_other_institution_code_seeds_too()
    {
        await using var db = Database.CreateContext();

        await DemoData.SeedAsync(db, "edinburgh", Clock, TestCredentials.Issuer("edinburgh", Clock));

        await using var read = Database.CreateContext();
        Assert.Equal(DemoShape.SchoolCount, await read.Schools.CountAsync());
        Assert.Equal(DemoShape.Candidates.Count, await read.Candidates.CountAsync());
    }

    private async Task SeedEveryDemoNodeAsync()
    {
        foreach (var institution in DemoData.Institutions)
        {
            var node = await CreateDatabaseAsync();
            nodes[institution] = node;
            await using var db = node.CreateContext();
            await DemoData.SeedAsync(db, institution, Clock, TestCredentials.Issuer(institution, Clock, keys[institution] = new InMemorySigningKeyStore()));
        }
    }

    private static void AssertEveryValue<T>(IEnumerable<T> seeded, string institution) where T : struct, Enum
    {
        var missing = Enum.GetValues<T>().Except(seeded).ToList();
        Assert.True(missing.Count == 0, $"{institution}'s demo data has no {typeof(T).Name} {string.Join(", ", missing)}.");
    }

    private static List<string> Keys(string institution, string type, int count) =>
        [.. Enumerable.Range(0, count).Select(i => DemoData.KeyOf(institution, type, i)).Order(StringComparer.Ordinal)];
}

public sealed class SqliteDemoSeedTests() : DemoSeedTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoSeedTests(PostgresServer server) : DemoSeedTests(NodeDatabaseEngine.Postgres, server);
