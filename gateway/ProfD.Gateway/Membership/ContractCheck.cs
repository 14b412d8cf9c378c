using ProfD.Gateway.Composition;

namespace ProfD.Gateway.Membership;

/// <summary>Whether a node's subgraph provides everything of the federation's node schema (it may serve more).</summary>
internal static class ContractCheck
{
    public static IReadOnlyList<string> MissingFrom(SubgraphSchema contract, SubgraphSchema node)
    {
        var missing = new List<string>();
        foreach (var type in contract.Document.Definitions.OfType<GraphQLParser.AST.GraphQLTypeDefinition>().Select(t => t.Name.StringValue).Distinct())
        {
            if (!node.HasType(type))
            {
                missing.Add($"type {type}");
                continue;
            }
            foreach (var field in contract.FieldsOf(type))
            {
                var theirs = node.Field(type, field);
                if (theirs is null) missing.Add($"{type}.{field}");
                else if (SdlText.TypeOf(theirs.Type) != SdlText.TypeOf(contract.Field(type, field)!.Type)) missing.Add($"{type}.{field} as {SdlText.TypeOf(contract.Field(type, field)!.Type)}");
            }
        }
        return missing;
    }
}
