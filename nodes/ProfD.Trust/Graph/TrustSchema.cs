using GraphQL.Instrumentation;
using ProfD.Trust.Access;
using ProfD.Trust.Federation;

namespace ProfD.Trust.Graph;

/// <summary>The trust's GraphQL schema: the contract printed to <c>schema/trust.graphql</c>.</summary>
internal sealed class TrustSchema : GraphQL.Types.Schema
{
    public TrustSchema(IServiceProvider services, TrustQuery query, TrustMutation mutation, TrustAccessMiddleware access)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "The ProfD trust: what belongs to the whole programme (registry, triangles, accreditation, library, provocations, community, figures).";
        // Extensions of node entities that no root field returns directly still belong in the SDL.
        RegisterType(typeof(TeacherGraphType));
        RegisterType(typeof(SchoolGraphType));
        // Every field passes the access rules first (Access/): one place decides who may see what.
        FieldMiddleware.Use(access);
        RegisterVisitor(new SharedPagingTypesArePublic());
    }
}
