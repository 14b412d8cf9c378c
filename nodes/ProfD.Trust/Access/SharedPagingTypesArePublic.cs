using GraphQL.Types;
using GraphQL.Utilities;
using ProfD.Schema.Hosting;

namespace ProfD.Trust.Access;

/// <summary>
/// Marks the shared paging types (connections, edges, page info, from ProfD.Schema) public: they only wrap what a
/// root field with its own rule returned, and the trust cannot mark them in their constructors.
/// </summary>
internal sealed class SharedPagingTypesArePublic : BaseSchemaNodeVisitor
{
    private static readonly System.Reflection.Assembly Shared = typeof(ProfDGraphQLServiceCollectionExtensions).Assembly;

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.GetType().Assembly == Shared) type.MarkPublic();
    }
}
