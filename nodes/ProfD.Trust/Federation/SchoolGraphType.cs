using GraphQL.Federation;
using GraphQL.Types;
using ProfD.Trust.Access;
using ProfD.Trust.Graph;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Federation;

/// <summary>The trust's part of a node's School: the triangle it is in. The node serves everything else.</summary>
internal sealed class SchoolGraphType : ObjectGraphType<SchoolReference>
{
    public SchoolGraphType()
    {
        this.MarkPublic();
        Name = "School";
        Description = "A school at its home node; the trust adds the triangle it is in.";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<TriangleGraphType, Triangle>("triangle")
            .Description("The active triangle the school is in; null if none.")
            .LoadWith<SchoolReference, Triangle, TriangleLoader>((ctx, load) => load.ActiveTriangleOf(ctx.Source.Id));
        this.ResolveReference<EntityReference, SchoolReference>((_, reference) => new SchoolReference(reference.Id));
    }
}
