using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Access;

/// <summary>Every Query and Mutation field, asked by every kind of caller, against docs/security.md's table.</summary>
public sealed class NodeAccessTableTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    public static TheoryData<string, Caller> Cases()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var row in AccessTable.Rows)
            foreach (var caller in Enum.GetValues<Caller>().Where(c => c != Caller.OtherAdjudicatorOnPanel))
                data.Add(row.Name, caller);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_gets_what_the_table_says(string operation, Caller caller)
    {
        var row = AccessTable.Rows.Single(r => r.Name == operation);
        var expected = row.Expected[(int)caller] switch
        {
            'A' => null,
            'F' => "FORBIDDEN",
            'U' => "UNAUTHENTICATED",
            var other => throw new InvalidOperationException($"'{other}' is not an expectation."),
        };

        var body = await world.GraphQLAsync(caller, row.Document);

        var refusals = GraphQLErrors.Codes(body).Where(c => c is "FORBIDDEN" or "UNAUTHENTICATED").Distinct().ToList();
        if (expected is null)
            Assert.True(refusals.Count == 0, $"{caller} was refused {operation}: {body}");
        else
            Assert.True(refusals.SequenceEqual([expected]), $"{caller} should get {expected} for {operation}: {body}");
    }

    [Fact]
    public void Every_root_field_has_a_row()
    {
        var covered = AccessTable.Rows.Select(r => RootField(r.Document)).ToHashSet();
        var schema = world.Node.Services.GetRequiredService<GraphQL.Types.ISchema>();
        schema.Initialize();
        var missing = schema.Query.Fields.Concat(schema.Mutation!.Fields).Select(f => f.Name)
            .Where(name => !name.StartsWith("__", StringComparison.Ordinal) && !covered.Contains(name)).ToList();
        Assert.Empty(missing);
    }

    private static string RootField(string document)
    {
        var body = document[(document.IndexOf('{') + 1)..].TrimStart();
        return new string(body.TakeWhile(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
    }
}
