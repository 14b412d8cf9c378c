using GraphQL.Types;
using GraphQLParser.AST;

namespace ProfD.Gateway.Execution;

/// <summary>
/// A custom scalar of a subgraph (DateTime, Long, DateOnly …): the gateway passes its values through as the subgraph
/// wrote them; the subgraph that owns the field is the one that checks them.
/// </summary>
internal sealed class PassThroughScalarGraphType : ScalarGraphType
{
    public PassThroughScalarGraphType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLIntValue i => long.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;
}
