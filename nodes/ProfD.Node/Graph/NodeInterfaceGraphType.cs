using GraphQL.Types;

namespace ProfD.Node.Graph;

/// <summary>The Relay <c>Node</c> interface: anything with a global ID.</summary>
internal sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "Anything with a global ID. Look any of them up with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID; its first segment names the home institution.");
    }
}
