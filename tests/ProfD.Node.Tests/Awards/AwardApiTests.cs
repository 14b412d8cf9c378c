using System.Text.Json;
using ProfD.Node.Tests.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Awards;

public sealed class AwardApiTests(SeededNodeFixture seeded) : IClassFixture<SeededNodeFixture>
{
    private NodeAppFactory Node => seeded.Node;

    [Fact]
    public async Task Lookup_returns_a_standing_award_with_its_candidate_and_exhibition()
    {
        var id = seeded.IdOf("Award", "WT00003B");
        var award = (await Node.QueryAsync("""
            query($id: ID!) { award(id: $id) { id title awardedAt revoked revokedAt revocationReason candidate { id } exhibition { id } } }
            """, new { id })).GetProperty("award");

        Assert.Equal(id, award.GetProperty("id").GetString());
        Assert.Equal("Prof.D", award.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.String, award.GetProperty("awardedAt").ValueKind);
        Assert.False(award.GetProperty("revoked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, award.GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, award.GetProperty("revocationReason").ValueKind);
        Assert.Equal(seeded.IdOf("Candidate", "KT00003"), award.GetProperty("candidate").GetProperty("id").GetString());
        Assert.Equal(seeded.IdOf("Exhibition", "ET00003"), award.GetProperty("exhibition").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_revoked_award_says_when_and_why()
    {
        var award = (await Node.QueryAsync("query($id: ID!) { award(id: $id) { revoked revokedAt revocationReason } }",
            new { id = seeded.IdOf("Award", "WT00005B") })).GetProperty("award");

        Assert.True(award.GetProperty("revoked").GetBoolean());
        Assert.Equal(JsonValueKind.String, award.GetProperty("revokedAt").ValueKind);
        Assert.Equal("Withdrawn at the candidate's request.", award.GetProperty("revocationReason").GetString());
    }

    [Fact]
    public async Task Candidate_award_is_the_standing_one_else_the_revoked_one_else_null()
    {
        var data = await Node.QueryAsync("""
            query($draft: ID!, $adjudged: ID!, $published: ID!, $withdrawn: ID!) {
              draft: candidate(id: $draft) { award { id } }
              adjudged: candidate(id: $adjudged) { award { id } }
              published: candidate(id: $published) { award { id revoked } }
              withdrawn: candidate(id: $withdrawn) { award { id revoked } }
            }
            """, new
        {
            draft = seeded.IdOf("Candidate", "KT00000"),
            adjudged = seeded.IdOf("Candidate", "KT00003"),
            published = seeded.IdOf("Candidate", "KT00004"),
            withdrawn = seeded.IdOf("Candidate", "KT00005"),
        });

        Assert.Equal(JsonValueKind.Null, data.GetProperty("draft").GetProperty("award").ValueKind);
        Assert.Equal(seeded.IdOf("Award", "WT00003B"), data.GetProperty("adjudged").GetProperty("award").GetProperty("id").GetString());
        // KT00004 also has a later, revoked award: the one that stands wins.
        Assert.Equal(seeded.IdOf("Award", "WT00004B"), data.GetProperty("published").GetProperty("award").GetProperty("id").GetString());
        Assert.False(data.GetProperty("published").GetProperty("award").GetProperty("revoked").GetBoolean());
        Assert.Equal(seeded.IdOf("Award", "WT00005B"), data.GetProperty("withdrawn").GetProperty("award").GetProperty("id").GetString());
        Assert.True(data.GetProperty("withdrawn").GetProperty("award").GetProperty("revoked").GetBoolean());
    }

    [Fact]
    public async Task Node_returns_an_award_by_its_global_id()
    {
        var id = seeded.IdOf("Award", "WT00004C");
        var node = (await Node.QueryAsync("query($id: ID!) { node(id: $id) { __typename id ... on Award { revoked } } }", new { id })).GetProperty("node");

        Assert.Equal("Award", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.True(node.GetProperty("revoked").GetBoolean());
    }

    [Theory]
    [InlineData("award", "elsewhere:Award:WT00003B")]
    [InlineData("node", "elsewhere:Award:WT00003B")]
    [InlineData("award", "testnode:Award:NOPE")]
    public async Task An_id_of_another_institution_or_of_nothing_returns_null(string field, string id)
    {
        var data = await Node.QueryAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id });

        Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("WT00003B")]
    [InlineData("testnode:Award:not/a/key")]
    [InlineData("testnode:Mentorship:NT00003A")]
    public async Task A_malformed_id_or_one_of_another_type_is_bad_user_input(string id)
    {
        var body = await Node.GraphQLAsync("query($id: ID!) { award(id: $id) { id } }", new { id });

        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(body));
    }
}
