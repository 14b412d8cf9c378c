using System.Text.Json;
using ProfD.Node.Tests.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Adjudications;

public sealed class AdjudicationApiTests(SeededNodeFixture seeded) : IClassFixture<SeededNodeFixture>
{
    private NodeAppFactory Node => seeded.Node;

    [Fact]
    public async Task Lookup_returns_the_decision_dates_exhibition_and_panel()
    {
        var id = seeded.IdOf("Adjudication", "AT00003");
        var adjudication = (await Node.QueryAsync("""
            query($id: ID!) {
              adjudication(id: $id) {
                id exhibitionVersion jointRecommendation correctionsDeadline correctionsSignedOffAt finalDecision decidedAt createdAt updatedAt
                exhibition { id status }
                panel { adjudicatorId submitted submittedAt }
              }
            }
            """, new { id })).GetProperty("adjudication");

        Assert.Equal(id, adjudication.GetProperty("id").GetString());
        Assert.Equal(1, adjudication.GetProperty("exhibitionVersion").GetInt32());
        Assert.Equal("MINOR_CORRECTIONS", adjudication.GetProperty("jointRecommendation").GetString());
        Assert.Equal("PASS", adjudication.GetProperty("finalDecision").GetString());
        Assert.Equal(JsonValueKind.String, adjudication.GetProperty("correctionsDeadline").ValueKind);
        Assert.Equal(JsonValueKind.String, adjudication.GetProperty("correctionsSignedOffAt").ValueKind);
        Assert.Equal(JsonValueKind.String, adjudication.GetProperty("decidedAt").ValueKind);
        Assert.Equal(seeded.IdOf("Exhibition", "ET00003"), adjudication.GetProperty("exhibition").GetProperty("id").GetString());
        Assert.Equal("ADJUDGED", adjudication.GetProperty("exhibition").GetProperty("status").GetString());

        var panel = adjudication.GetProperty("panel").EnumerateArray().ToList();
        Assert.Equal(2, panel.Count);
        Assert.Equal("othernode:Teacher:ADJ1", panel[0].GetProperty("adjudicatorId").GetString());
        Assert.True(panel[0].GetProperty("submitted").GetBoolean());
        Assert.Equal(JsonValueKind.String, panel[0].GetProperty("submittedAt").ValueKind);
        Assert.Equal($"{seeded.Institution}:Teacher:ADJ2", panel[1].GetProperty("adjudicatorId").GetString());
        Assert.False(panel[1].GetProperty("submitted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, panel[1].GetProperty("submittedAt").ValueKind);
    }

    [Fact]
    public async Task An_undecided_adjudication_has_no_recommendation_decision_or_deadline()
    {
        var adjudication = (await Node.QueryAsync("query($id: ID!) { adjudication(id: $id) { jointRecommendation finalDecision correctionsDeadline decidedAt } }",
            new { id = seeded.IdOf("Adjudication", "AT00002") })).GetProperty("adjudication");

        foreach (var field in new[] { "jointRecommendation", "finalDecision", "correctionsDeadline", "decidedAt" })
            Assert.Equal(JsonValueKind.Null, adjudication.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("recommendation")]
    public async Task The_panel_does_not_show_what_adjudicators_wrote(string field)
    {
        var body = await Node.GraphQLAsync($"query($id: ID!) {{ adjudication(id: $id) {{ panel {{ {field} }} }} }}", new { id = seeded.IdOf("Adjudication", "AT00003") });

        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], GraphQLErrors.Codes(body));
    }

    [Fact]
    public async Task Node_returns_an_adjudication_by_its_global_id()
    {
        var id = seeded.IdOf("Adjudication", "AT00004");
        var node = (await Node.QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id })).GetProperty("node");

        Assert.Equal("Adjudication", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("adjudication", "elsewhere:Adjudication:AT00003")]
    [InlineData("node", "elsewhere:Adjudication:AT00003")]
    [InlineData("adjudication", "testnode:Adjudication:NOPE")]
    public async Task An_id_of_another_institution_or_of_nothing_returns_null(string field, string id)
    {
        var data = await Node.QueryAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id });

        Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("adjudication", "AT00003")]
    [InlineData("adjudication", "testnode:Exhibition:ET00003")]
    [InlineData("node", "testnode::AT00003")]
    public async Task A_malformed_id_or_one_of_another_type_is_bad_user_input(string field, string id)
    {
        var body = await Node.GraphQLAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id });

        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(body));
    }
}
