using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Adjudications;
using ProfD.Node.Candidates;
using ProfD.Node.Credentials;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Credentials;

namespace ProfD.Node.Tests.Adjudications;

/// <summary>
/// Confirming a pass writes the decision, the exhibition's status, the candidate's stage, the end of mentorships and the
/// award before it signs the credential. When signing fails, none of it may stay.
/// </summary>
public abstract class DecisionConfirmationFailureTests : NodeApiTestBase
{
    private protected DecisionConfirmationFailureTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    private protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ISigningKeyStore>(new BrokenKeyStore());

    [Fact]
    public async Task A_failure_while_signing_the_credential_leaves_the_database_as_it_was()
    {
        var world = await JourneyWorld.SeedAsync(Database);
        var drive = new JourneyDriver(QueryAsync, world);
        await QueryAsync("mutation($c: ID!, $m: ID!) { assignMentor(candidateId: $c, mentorId: $m) { id } }", new { c = world.Candidate, m = world.Mentor });
        var (_, adjudication) = await drive.JointReportedAsync("PASS");

        var error = await ErrorAsync("mutation($a: ID!) { confirmDecision(adjudicationId: $a) { id } }", new { a = adjudication });

        Assert.Equal("INTERNAL", error.Code());
        Assert.DoesNotContain("key store", error.Message(), StringComparison.OrdinalIgnoreCase);
        await using var db = Database.CreateContext();
        Assert.Empty(await db.Awards.ToListAsync());
        var decision = await db.Adjudications.SingleAsync();
        Assert.Null(decision.FinalDecision);
        Assert.Null(decision.DecidedAt);
        Assert.Equal(ExhibitionStatus.UnderAdjudication, (await db.Exhibitions.SingleAsync(e => e.CandidateId == "KC")).Status);
        Assert.Equal(CandidateStage.Exhibiting, (await db.Candidates.SingleAsync(c => c.Id == "KC")).Stage);
        Assert.Null((await db.Mentorships.SingleAsync()).EndedAt);

        // Nothing half-written waits in the request either: the adjudication can still be confirmed once the keys work.
        var phase = await QueryAsync("query($id: ID!) { adjudication(id: $id) { phase } }", new { id = adjudication });
        Assert.Equal("AWAITING_CONFIRMATION", phase.GetProperty("adjudication").GetProperty("phase").GetString());
    }

    /// <summary>A key store whose disk has gone: it publishes its key set, but cannot sign.</summary>
    private sealed class BrokenKeyStore : ISigningKeyStore
    {
        public SigningKey Current() => throw new CryptographicException("The key store is unavailable.");

        public JsonWebKeySet PublicKeys() => new();
    }
}

public sealed class SqliteDecisionConfirmationFailureTests() : DecisionConfirmationFailureTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDecisionConfirmationFailureTests(PostgresServer server) : DecisionConfirmationFailureTests(NodeDatabaseEngine.Postgres, server);
