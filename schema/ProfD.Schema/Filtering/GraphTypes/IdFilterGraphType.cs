using GraphQL.Types;

namespace ProfD.Schema.Filtering.GraphTypes;

/// <summary>The <c>IdFilter</c> input.</summary>
public sealed class IdFilterGraphType : InputObjectGraphType<IdFilter>
{
    /// <summary>Declares the fields.</summary>
    public IdFilterGraphType()
    {
        Name = "IdFilter";
        Description = "Conditions on a reference by ID. IDs held by another institution match nothing at this node.";
        Field<IdGraphType>("eq").Description("Exactly this ID.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("One of these IDs.");
    }
}
