using System.Text.Json;
using ProfD.Node.Tests.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Mentorships;

public sealed class MentorshipApiTests(SeededNodeFixture seeded) : IClassFixture<SeededNodeFixture>
{
    private NodeAppFactory Node => seeded.Node;

    [Fact]
    public async Task Lookup_returns_the_mentor_id_dates_and_candidate()
    {
        var id = seeded.IdOf("Mentorship", "NT00004A");
        var mentorship = (await Node.QueryAsync("query($id: ID!) { mentorship(id: $id) { id mentorId startedAt endedAt active candidate { id } } }", new { id }))
            .GetProperty("mentorship");

        Assert.Equal(id, mentorship.GetProperty("id").GetString());
        Assert.Equal("othernode:Teacher:MENTOR1", mentorship.GetProperty("mentorId").GetString());
        Assert.Equal(JsonValueKind.String, mentorship.GetProperty("startedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, mentorship.GetProperty("endedAt").ValueKind);
        Assert.True(mentorship.GetProperty("active").GetBoolean());
        Assert.Equal(seeded.IdOf("Candidate", "KT00004"), mentorship.GetProperty("candidate").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Candidate_mentorships_lists_past_and_present_mentorships()
    {
        var data = await Node.QueryAsync("""
            query($even: ID!, $odd: ID!) {
              even: candidate(id: $even) { mentorships { id mentorId endedAt active } }
              odd: candidate(id: $odd) { mentorships { id active } }
            }
            """, new { even = seeded.IdOf("Candidate", "KT00002"), odd = seeded.IdOf("Candidate", "KT00003") });

        var even = data.GetProperty("even").GetProperty("mentorships").EnumerateArray().ToList();
        Assert.Equal([seeded.IdOf("Mentorship", "NT00002A"), seeded.IdOf("Mentorship", "NT00002B")], even.Select(m => m.GetProperty("id").GetString()));
        Assert.True(even[0].GetProperty("active").GetBoolean());
        Assert.False(even[1].GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.String, even[1].GetProperty("endedAt").ValueKind);
        Assert.Equal($"{seeded.Institution}:Teacher:PT00002", even[1].GetProperty("mentorId").GetString());

        var odd = Assert.Single(data.GetProperty("odd").GetProperty("mentorships").EnumerateArray());
        Assert.True(odd.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Node_returns_a_mentorship_by_its_global_id()
    {
        var id = seeded.IdOf("Mentorship", "NT00000B");
        var node = (await Node.QueryAsync("query($id: ID!) { node(id: $id) { __typename id ... on Mentorship { active } } }", new { id })).GetProperty("node");

        Assert.Equal("Mentorship", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.False(node.GetProperty("active").GetBoolean());
    }

    [Theory]
    [InlineData("mentorship", "elsewhere:Mentorship:NT00000A")]
    [InlineData("node", "elsewhere:Mentorship:NT00000A")]
    [InlineData("mentorship", "testnode:Mentorship:NOPE")]
    public async Task An_id_of_another_institution_or_of_nothing_returns_null(string field, string id)
    {
        var data = await Node.QueryAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id });

        Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TestNode:Mentorship:NT00000A")]
    [InlineData("testnode:Candidate:KT00000")]
    public async Task A_malformed_id_or_one_of_another_type_is_bad_user_input(string id)
    {
        var body = await Node.GraphQLAsync("query($id: ID!) { mentorship(id: $id) { id } }", new { id });

        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(body));
    }
}
