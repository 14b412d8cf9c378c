using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Access;

namespace ProfD.Node.Tests.Access;

/// <summary>Fail closed: every field of the schema has a rule (its own, its type's, or it belongs to a structural type).</summary>
public sealed class SchemaRulesTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Fact]
    public void Every_field_of_the_node_schema_has_a_rule()
    {
        var schema = world.Node.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var missing = FieldsWithoutRules(schema).ToList();

        Assert.True(missing.Count == 0, "Fields without an access rule: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_walk_finds_a_field_without_a_rule()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ruled").Resolve(_ => "x").FieldType.Allow(NodeAccess.Anyone);
        query.Field<StringGraphType>("forgotten").Resolve(_ => "x");
        var secret = new ObjectGraphType { Name = "Secret" };
        secret.Field<StringGraphType>("anything").Resolve(_ => "x");
        query.Field("secret", secret).Resolve(_ => new object()).FieldType.Allow(NodeAccess.Anyone);
        var schema = new GraphQL.Types.Schema { Query = query };
        schema.Initialize();

        Assert.Equal(["Query.forgotten", "Secret.anything"], FieldsWithoutRules(schema).Order());
    }

    [Fact]
    public void A_field_without_a_rule_has_no_rules_to_pass()
    {
        var type = new ObjectGraphType { Name = "Secret" };
        var field = type.Field<StringGraphType>("anything").FieldType;

        Assert.Null(FieldAccess.RulesOf(type, field, isRoot: false));
        Assert.Null(FieldAccess.RulesOf(type, field, isRoot: true));
    }

    private static IEnumerable<string> FieldsWithoutRules(ISchema schema)
    {
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            var isRoot = type == schema.Query || type == schema.Mutation;
            foreach (var field in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                if (FieldAccess.RulesOf(type, field, isRoot) is null) yield return $"{type.Name}.{field.Name}";
            }
        }
    }
}
