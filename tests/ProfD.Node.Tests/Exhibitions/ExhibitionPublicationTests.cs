using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>Publication needs an award and consent; withdrawal leaves a tombstone.</summary>
public abstract class ExhibitionPublicationTests : NodeApiTestBase
{
    private JourneyWorld world = null!;

    private protected ExhibitionPublicationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    private JourneyDriver Drive => new(QueryAsync, world);

    [Fact]
    public async Task Publishing_before_an_award_is_refused()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();
        await Drive.SubmitAsync(exhibition.Id);

        var error = await PublishErrorAsync(exhibition.Id, consent: true);

        Assert.Equal("CONFLICT", error.Code());
        Assert.Contains("ADJUDGED exhibition with an award", error.Message(), StringComparison.Ordinal);
        await AssertStatusAsync(exhibition.Id, "SUBMITTED");
    }

    [Fact]
    public async Task An_exhibition_adjudged_as_a_fail_has_no_award_and_cannot_be_published()
    {
        var (exhibition, adjudication) = await Drive.JointReportedAsync("FAIL");
        await QueryAsync("mutation($a: ID!) { confirmDecision(adjudicationId: $a) { id } }", new { a = adjudication });

        var error = await PublishErrorAsync(exhibition.Id, consent: true);

        Assert.Equal("CONFLICT", error.Code());
        await AssertStatusAsync(exhibition.Id, "ADJUDGED");
    }

    [Fact]
    public async Task Publishing_with_a_revoked_award_is_refused()
    {
        var (exhibition, _) = await Drive.AwardedAsync();
        var award = (await QueryAsync("query($id: ID!) { exhibition(id: $id) { award { id } } }", new { id = exhibition.Id })).GetProperty("exhibition").GetProperty("award").GetProperty("id").GetString();
        await QueryAsync("mutation($id: ID!) { revokeAward(awardId: $id, reason: \"Plagiarism found.\") { id } }", new { id = award });

        var error = await PublishErrorAsync(exhibition.Id, consent: true);

        Assert.Equal("CONFLICT", error.Code());
        await AssertStatusAsync(exhibition.Id, "ADJUDGED");
    }

    [Fact]
    public async Task Publishing_without_the_candidates_consent_is_refused()
    {
        var (exhibition, _) = await Drive.AwardedAsync();

        var error = await PublishErrorAsync(exhibition.Id, consent: false);

        Assert.Equal(("BAD_USER_INPUT", "consent"), (error.Code(), error.Field()));
        await AssertStatusAsync(exhibition.Id, "ADJUDGED");
    }

    [Fact]
    public async Task A_published_exhibition_is_readable_and_its_withdrawal_leaves_a_tombstone()
    {
        var (exhibition, _) = await Drive.AwardedAsync();
        var published = (await QueryAsync("mutation($id: ID!) { publishExhibition(id: $id, consent: true) { status publishedAt } }", new { id = exhibition.Id })).GetProperty("publishExhibition");
        Assert.Equal("PUBLISHED", published.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, published.GetProperty("publishedAt").ValueKind);
        var listed = await QueryAsync("{ exhibitions(where: { status: { eq: PUBLISHED } }) { nodes { id abstract } } }");
        Assert.Equal("A term of partner talk.", Assert.Single(listed.GetProperty("exhibitions").GetProperty("nodes").EnumerateArray()).GetProperty("abstract").GetString());

        Assert.Equal("CONFLICT", (await PublishErrorAsync(exhibition.Id, consent: true)).Code());
        var noReason = await ErrorAsync("mutation($id: ID!) { withdrawExhibition(id: $id, reason: \" \") { id } }", new { id = exhibition.Id });
        Assert.Equal(("BAD_USER_INPUT", "reason"), (noReason.Code(), noReason.Field()));
        var withdrawn = (await QueryAsync("""
            mutation($id: ID!) {
              withdrawExhibition(id: $id, reason: "The candidate asked.") {
                id title status withdrawnAt withdrawalReason publishedAt abstract researchQuestion findings document
                sections { heading } media { id } showings { id } buildsOn { targetId } mentorComments { id } versions { number document }
              }
            }
            """, new { id = exhibition.Id })).GetProperty("withdrawExhibition");

        Assert.Equal(("WITHDRAWN", "Say it, then write it"), (withdrawn.GetProperty("status").GetString(), withdrawn.GetProperty("title").GetString()));
        Assert.Equal("The candidate asked.", withdrawn.GetProperty("withdrawalReason").GetString());
        Assert.Equal(JsonValueKind.String, withdrawn.GetProperty("withdrawnAt").ValueKind);
        foreach (var hidden in new[] { "abstract", "researchQuestion", "findings", "document" })
            Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty(hidden).ValueKind);
        foreach (var hidden in new[] { "sections", "media", "showings", "buildsOn", "mentorComments" })
            Assert.Empty(withdrawn.GetProperty(hidden).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, withdrawn.GetProperty("versions")[0].GetProperty("document").ValueKind);

        // The row stays: lookups and node(id:) still find the tombstone.
        var node = await QueryAsync("query($id: ID!) { node(id: $id) { ... on Exhibition { status } } }", new { id = exhibition.Id });
        Assert.Equal("WITHDRAWN", node.GetProperty("node").GetProperty("status").GetString());
        Assert.Equal("CONFLICT", (await ErrorAsync("mutation($id: ID!) { withdrawExhibition(id: $id, reason: \"Again.\") { id } }", new { id = exhibition.Id })).Code());
        Assert.Equal("CONFLICT", (await PublishErrorAsync(exhibition.Id, consent: true)).Code());
    }

    [Fact]
    public async Task Withdrawing_an_exhibition_that_is_not_published_is_refused()
    {
        var exhibition = await Drive.ReadyExhibitionAsync();

        var error = await ErrorAsync("mutation($id: ID!) { withdrawExhibition(id: $id, reason: \"Changed my mind.\") { id } }", new { id = exhibition.Id });

        Assert.Equal("CONFLICT", error.Code());
        await AssertStatusAsync(exhibition.Id, "DRAFT");
    }

    private Task<JsonElement> PublishErrorAsync(string id, bool consent) =>
        ErrorAsync("mutation($id: ID!, $c: Boolean!) { publishExhibition(id: $id, consent: $c) { id } }", new { id, c = consent });

    private async Task AssertStatusAsync(string id, string status)
    {
        var state = await QueryAsync("query($id: ID!) { exhibition(id: $id) { status publishedAt } }", new { id });
        Assert.Equal(status, state.GetProperty("exhibition").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("exhibition").GetProperty("publishedAt").ValueKind);
    }
}

public sealed class SqliteExhibitionPublicationTests() : ExhibitionPublicationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExhibitionPublicationTests(PostgresServer server) : ExhibitionPublicationTests(NodeDatabaseEngine.Postgres, server);
