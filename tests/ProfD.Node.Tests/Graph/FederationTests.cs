using System.Text.Json;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Graph;

public sealed class FederationTests
{
    private const string EntitiesQuery = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on School { id name }
            ... on Teacher { id familyName }
            ... on Cohort { id name }
            ... on Candidate { id stage }
            ... on ResearchProject { id title }
          }
        }
        """;

    [Fact]
    public async Task Entities_with_100_mixed_representations_come_back_in_order_with_one_statement_per_type()
    {
        using var node = new NodeAppFactory(institution: "fedtest");
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 20));
        string[] types = ["School", "Teacher", "Cohort", "Candidate", "ResearchProject"];
        string[] prefixes = ["S", "P", "C", "K", "R"];
        var representations = Enumerable.Range(0, 100)
            .Select(i => (Type: types[i % 5], Id: $"fedtest:{types[i % 5]}:{prefixes[i % 5]}T{(i * 7) % 20:D5}"))
            .ToList();

        node.Sql.Reset();
        var data = await node.QueryAsync(EntitiesQuery, new
        {
            representations = representations.Select(r => new Dictionary<string, object> { ["__typename"] = r.Type, ["id"] = r.Id }),
        });

        var entities = data.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(100, entities.Count);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(representations[i].Type, entities[i].GetProperty("__typename").GetString());
            Assert.Equal(representations[i].Id, entities[i].GetProperty("id").GetString());
        }
        Assert.Equal(types.Length, node.Sql.Count);
    }

    [Fact]
    public async Task Entities_of_another_institution_or_unknown_keys_resolve_to_null()
    {
        using var node = new NodeAppFactory(institution: "fedtest");
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 2));

        var data = await node.QueryAsync(EntitiesQuery, new
        {
            representations = new object[]
            {
                new { __typename = "School", id = "fedtest:School:ST00001" },
                new { __typename = "School", id = "elsewhere:School:ST00001" },
                new { __typename = "School", id = "fedtest:School:NOPE" },
            },
        });

        var entities = data.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal("School T00001", entities[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, entities[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, entities[2].ValueKind);
    }

    [Fact]
    public async Task Node_lookup_by_global_id_returns_the_entity_and_refuses_malformed_ids()
    {
        using var node = new NodeAppFactory(institution: "fedtest");
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, 2));

        var data = await node.QueryAsync("""{ node(id: "fedtest:Cohort:CT00001") { __typename id ... on Cohort { name } } }""");
        Assert.Equal("Cohort", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal("Cohort T00001", data.GetProperty("node").GetProperty("name").GetString());

        var elsewhere = await node.QueryAsync("""{ node(id: "other:Cohort:CT00001") { id } }""");
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("node").ValueKind);

        var malformed = await node.GraphQLAsync("""{ node(id: "not an id") { id } }""");
        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(malformed));
    }
}
