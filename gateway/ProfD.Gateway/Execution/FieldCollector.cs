using GraphQLParser.AST;
using ProfD.Gateway.Composition;

namespace ProfD.Gateway.Execution;

/// <summary>The fields a selection asks of an object of one concrete type, through inline fragments and named ones.</summary>
internal static class FieldCollector
{
    public static List<GraphQLField> Collect(GraphQLSelectionSet selectionSet, string type, ComposedSchema composed, GraphQLDocument document)
    {
        var fields = new List<GraphQLField>();
        Collect(selectionSet, type, composed, document, fields);
        return fields;
    }

    private static void Collect(GraphQLSelectionSet selectionSet, string type, ComposedSchema composed, GraphQLDocument document, List<GraphQLField> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields.Add(field);
                    break;
                case GraphQLInlineFragment inline when Applies(inline.TypeCondition?.Type.Name.StringValue ?? type, type, composed):
                    Collect(inline.SelectionSet, type, composed, document, fields);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (fragment is not null && Applies(fragment.TypeCondition.Type.Name.StringValue, type, composed))
                        Collect(fragment.SelectionSet, type, composed, document, fields);
                    break;
            }
        }
    }

    private static bool Applies(string condition, string type, ComposedSchema composed) =>
        condition == type
        || (composed.Types.TryGetValue(type, out var concrete) && concrete.Interfaces.Contains(condition))
        || (composed.Types.TryGetValue(condition, out var union) && union.Kind == "union" && union.Members.Contains(type));
}
