using GraphQL.Types;
using ProfD.Trust.Access;

namespace ProfD.Trust.Nations;

internal sealed class NationGraphType : ObjectGraphType<Nation>
{
    public NationGraphType()
    {
        this.MarkPublic();
        Name = "Nation";
        Description = "A nation the programme knows, with its economy classification.";
        Field(n => n.Code).Description("ISO 3166-1 alpha-2 code.");
        Field(n => n.Name);
        Field(n => n.Region);
        Field<NonNullGraphType<EconomyGraphType>>("economy").Resolve(ctx => ctx.Source.Economy);
    }
}
