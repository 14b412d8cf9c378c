using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ProfD.Trust.Tests.Access;

/// <summary>The access table of docs/security.md ("At the trust"), row by row, for every caller.</summary>
public sealed class TrustAccessTableTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (field, _, verdicts) in AccessTable.Rows)
            for (var i = 0; i < Callers.All.Count; i++)
                data.Add(field, Callers.All[i].Name, verdicts[i] switch { 'A' => AccessWorld.Allowed, 'F' => "FORBIDDEN", 'U' => "UNAUTHENTICATED", var v => throw new InvalidOperationException($"verdict '{v}'") });
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_root_field_allows_exactly_the_callers_of_its_rule(string field, string caller, string expected)
    {
        var operation = AccessTable.Rows.Single(r => r.Field == field).Operation;

        var body = await world.AsAsync(Callers.Header(caller), operation);

        Assert.True(expected == AccessWorld.Verdict(body), $"{field} as {caller}: expected {expected}, got {body}");
    }

    [Fact]
    public void The_table_covers_every_root_field_of_the_schema()
    {
        var schema = world.Trust.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var served = schema.Query.Fields.Concat(schema.Mutation!.Fields).Select(f => f.Name)
            .Where(name => !name.StartsWith('_')).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(served, AccessTable.Rows.Select(r => r.Field).Order(StringComparer.Ordinal).ToList());
    }
}
