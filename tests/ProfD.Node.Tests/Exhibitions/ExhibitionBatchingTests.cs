using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>
/// The number of SQL statements depends on a query's shape, never on how many rows it returns. Each query stays under
/// the default complexity limit, so the node is tested as it is configured.
/// </summary>
public sealed class ExhibitionBatchingTests
{
    [Theory]
    [InlineData("candidates", "exhibitions { candidate { id } project { title } media { position } versions { number } }", 6)]
    [InlineData("candidates", "mentorships { mentorId active candidate { id } } award { title exhibition { id } candidate { id } }", 5)]
    [InlineData("exhibitions", "adjudications { exhibition { id } panel { adjudicatorId submitted } }", 4)]
    [InlineData("exhibitions", "candidate { exhibitions { id } mentorships { id } award { id } }", 5)]
    public async Task Nested_fields_take_as_many_statements_for_48_rows_as_for_12(string list, string selection, int statements)
    {
        var small = await StatementsAsync(list, selection, rows: 12);
        var large = await StatementsAsync(list, selection, rows: 48);

        // One for the page, then one per nested field however many parents it has; references to the same type at the
        // same depth (a mentorship's and an award's candidate) share one.
        Assert.Equal(statements, small);
        Assert.Equal(small, large);
    }

    private static async Task<int> StatementsAsync(string list, string selection, int rows)
    {
        using var node = new NodeAppFactory();
        await node.WithDatabaseAsync(db => ExhibitionTestData.SeedAsync(db, node.Institution, rows));

        node.Sql.Reset();
        var data = await node.QueryAsync($"{{ {list}(first: 50) {{ nodes {{ {selection} }} }} }}");

        Assert.Equal(rows, data.GetProperty(list).GetProperty("nodes").GetArrayLength());
        return node.Sql.Count;
    }
}
