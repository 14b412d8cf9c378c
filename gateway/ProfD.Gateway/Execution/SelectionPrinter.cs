using System.Text;
using GraphQLParser.AST;
using ProfD.Gateway.Composition;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Prints the part of a caller's selection that one subgraph can answer: fields it has on each type, with the caller's
/// aliases, arguments and directives; named fragments inlined; plus <c>__typename</c>, the entity <c>id</c> and the ID
/// beside each reference field under private aliases, so the gateway can fetch the rest from the other subgraph or the
/// other node. Records the variables it used.
/// </summary>
internal sealed class SelectionPrinter(SubgraphSchema subgraph, GraphQLDocument document)
{
    private readonly StringBuilder _text = new();

    /// <summary>The variables the printed text refers to.</summary>
    public HashSet<string> Variables { get; } = new(StringComparer.Ordinal);

    public override string ToString() => _text.ToString();

    public SelectionPrinter Append(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Prints <c>{ … }</c> for <paramref name="selections"/> on <paramref name="type"/>, with <paramref name="extra"/> inside.</summary>
    public SelectionPrinter SelectionSet(IEnumerable<ASTNode> selections, string type, string extra = "")
    {
        _text.Append("{ ").Append(GatewayObject.TypeKey).Append(": __typename");
        if (subgraph.HasField(type, "id")) _text.Append(' ').Append(GatewayObject.IdKey).Append(": id");
        if (extra.Length > 0) _text.Append(' ').Append(extra);
        foreach (var selection in selections) Selection(selection, type);
        _text.Append(" }");
        return this;
    }

    /// <summary>Prints one field of <paramref name="type"/> (alias, arguments but the gateway's own, directives, selection).</summary>
    public SelectionPrinter Field(GraphQLField field, string type, Func<string, bool>? skipArgument = null)
    {
        _text.Append(' ');
        if (field.Alias is not null) _text.Append(field.Alias.Name.StringValue).Append(": ");
        _text.Append(field.Name.StringValue);
        var arguments = field.Arguments?.Items.Where(a => skipArgument?.Invoke(a.Name.StringValue) != true).ToList() ?? [];
        if (arguments.Count > 0)
        {
            _text.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0) _text.Append(", ");
                _text.Append(arguments[i].Name.StringValue).Append(": ");
                Value(arguments[i].Value);
            }
            _text.Append(')');
        }
        Directives(field.Directives);
        if (field.SelectionSet is not null)
        {
            var definition = subgraph.Field(type, field.Name.StringValue);
            var named = definition is null ? type : SdlText.NamedTypeOf(definition.Type);
            _text.Append(' ');
            SelectionSet(field.SelectionSet.Selections, named);
        }
        return this;
    }

    public SelectionPrinter Value(GraphQLValue value)
    {
        CollectVariables(value);
        _text.Append(SdlText.Print(value));
        return this;
    }

    private void Selection(ASTNode selection, string type)
    {
        switch (selection)
        {
            case GraphQLField field:
                var name = field.Name.StringValue;
                if (name == "__typename")
                {
                    _text.Append(' ');
                    if (field.Alias is not null) _text.Append(field.Alias.Name.StringValue).Append(": ");
                    _text.Append("__typename");
                }
                else if (subgraph.HasField(type, name))
                {
                    Field(field, type);
                    // The ID beside a reference field, so the gateway can follow it to another node when the field is null.
                    if (field.SelectionSet is not null && subgraph.ReferenceIdOf(type, name) is { } idField)
                        _text.Append(' ').Append(GatewayObject.ReferencePrefix).Append(name).Append(": ").Append(idField);
                }
                break;
            case GraphQLInlineFragment inline:
                Fragment(inline.TypeCondition?.Type.Name.StringValue ?? type, inline.Directives, inline.SelectionSet);
                break;
            case GraphQLFragmentSpread spread:
                var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                if (fragment is not null) Fragment(fragment.TypeCondition.Type.Name.StringValue, spread.Directives, fragment.SelectionSet);
                break;
        }
    }

    private void Fragment(string condition, GraphQLDirectives? directives, GraphQLSelectionSet selectionSet)
    {
        if (!subgraph.HasType(condition)) return;
        _text.Append(" ... on ").Append(condition);
        Directives(directives);
        _text.Append(' ');
        SelectionSet(selectionSet.Selections, condition);
    }

    private void Directives(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            _text.Append(' ');
            foreach (var argument in directive.Arguments?.Items ?? []) CollectVariables(argument.Value);
            _text.Append(SdlText.Print(directive));
        }
    }

    private void CollectVariables(GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                Variables.Add(variable.Name.StringValue);
                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? []) CollectVariables(item);
                break;
            case GraphQLObjectValue obj:
                foreach (var field in obj.Fields ?? []) CollectVariables(field.Value);
                break;
        }
    }
}
