using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Graph;

public sealed class BatchLoadingTests
{
    private const string NestedQuery = """
        { schools(first: 100) { nodes { name cohorts { name candidates { stage teacher { familyName } projects { title } } } } } }
        """;

    [Fact]
    public async Task Nested_query_runs_the_same_number_of_statements_for_50_and_100_rows_per_level()
    {
        var small = await StatementsForNestedQueryAsync(rowsPerLevel: 50);
        var large = await StatementsForNestedQueryAsync(rowsPerLevel: 100);

        // One page of schools, then one statement per nested level: cohorts, candidates, teachers, projects.
        Assert.Equal(5, small);
        Assert.Equal(small, large);
    }

    private static async Task<int> StatementsForNestedQueryAsync(int rowsPerLevel)
    {
        using var node = new NodeAppFactory();
        await node.WithDatabaseAsync(db => TestData.SeedTreeAsync(db, rowsPerLevel));

        node.Sql.Reset();
        var data = await node.QueryAsync(NestedQuery);

        var schools = data.GetProperty("schools").GetProperty("nodes");
        Assert.Equal(rowsPerLevel, schools.GetArrayLength());
        Assert.All(schools.EnumerateArray(), school =>
        {
            var cohort = Assert.Single(school.GetProperty("cohorts").EnumerateArray());
            var candidate = Assert.Single(cohort.GetProperty("candidates").EnumerateArray());
            Assert.StartsWith("Teacher ", candidate.GetProperty("teacher").GetProperty("familyName").GetString());
            Assert.Single(candidate.GetProperty("projects").EnumerateArray());
        });
        return node.Sql.Count;
    }
}
