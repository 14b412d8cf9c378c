using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Trust.Access;

namespace ProfD.Trust.Tests.Access;

/// <summary>Fail closed: every field the trust serves has a rule, or belongs to a type marked public.</summary>
public sealed class TrustAccessSchemaTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Fact]
    public void Every_root_field_has_a_rule_and_every_other_field_a_rule_or_a_public_type()
    {
        var schema = world.Trust.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var unruled = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => !type.Name.StartsWith('_'))
            .SelectMany(type => type.Fields.Where(field => !field.Name.StartsWith('_')).Select(field => (type, field)))
            .Where(x => AccessMetadata.RuleOf(x.field) is null && (x.type == schema.Query || x.type == schema.Mutation || !AccessMetadata.IsPublic(x.type)))
            .Select(x => $"{x.type.Name}.{x.field.Name}")
            .ToList();

        Assert.True(unruled.Count == 0, "Fields no rule opens (they refuse everyone): " + string.Join(", ", unruled));
    }

    [Fact]
    public async Task Federation_fields_stay_open_to_the_gateway()
    {
        var sdl = await world.AsAsync(null, "{ _service { sdl } }");
        var entities = await world.AsAsync(null, $"{{ _entities(representations: [{{ __typename: \"Triangle\", id: \"{AccessWorld.Triangle}\" }}]) {{ ... on Triangle {{ name }} }} }}");

        Assert.False(sdl.TryGetProperty("errors", out _), sdl.ToString());
        Assert.False(entities.TryGetProperty("errors", out _), entities.ToString());
        Assert.Equal("North-East-South", entities.GetProperty("data").GetProperty("_entities")[0].GetProperty("name").GetString());
    }
}
