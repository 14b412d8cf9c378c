using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Trust.Triangles;

internal sealed class TriangleInputGraphType : InputObjectGraphType<TriangleInput>
{
    public TriangleInputGraphType()
    {
        Name = "TriangleInput";
        Description = "A triangle's name and schools. Forming needs both; changing replaces the fields given.";
        Field<StringGraphType>("name");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("schoolIds")
            .Description("Three schools by global ID: two DEVELOPED in two different nations, one DEVELOPING, each known to the school directory and in no other active triangle.");
    }
}

internal sealed class TriangleActivityInputGraphType : InputObjectGraphType<TriangleActivityInput>
{
    public TriangleActivityInputGraphType()
    {
        Name = "TriangleActivityInput";
        Description = "An entry for a triangle's partnership log.";
        Field<NonNullGraphType<TriangleActivityKindGraphType>>("kind");
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When it happened; not in the future.");
        Field<NonNullGraphType<StringGraphType>>("summary");
        Field<IdGraphType>("exhibitionId").Description("For SHARED_EXHIBITION: the exhibition shared.");
    }
}

internal sealed class TriangleWhereGraphType : InputObjectGraphType<TriangleWhere>
{
    public TriangleWhereGraphType()
    {
        Name = "TriangleWhere";
        Description = "Conditions on triangles; all given conditions must hold.";
        Field<EnumFilterGraphType<TriangleStatusGraphType, TriangleStatus>>("status");
        Field<IdGraphType>("school").Description("Triangles this school (global ID) is in.");
        Field<StringGraphType>("search").Description("Text in the name, ignoring case.");
    }
}

internal sealed class TriangleStatusGraphType : EnumerationGraphType<TriangleStatus>
{
    public TriangleStatusGraphType()
    {
        Name = "TriangleStatus";
        Description = "ACTIVE, or DISSOLVED (kept, with its log, for the record).";
    }
}

internal sealed class TriangleActivityKindGraphType : EnumerationGraphType<TriangleActivityKind>
{
    public TriangleActivityKindGraphType()
    {
        Name = "TriangleActivityKind";
        Description = "What a triangle's schools did together.";
    }
}
