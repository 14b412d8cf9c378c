using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Schools;

/// <summary>The root fields of the School feature.</summary>
internal static class SchoolFields
{
    public static void AddSchoolQueries(this ObjectGraphType query)
    {
        query.LookupField<SchoolGraphType, School>("school", "A school of this institution by ID; null if it has none.")
            .LoadWith<object?, School, EntityLoader>((ctx, load) => load.Lookup<School>(ctx.GetArgument<string>("id"), "School"));
        query.ConnectionField<SchoolGraphType, School, SchoolWhereGraphType, SchoolOrderFieldGraphType>("schools", "The institution's schools.")
            .ResolveWith<object?, Connection<School>, SchoolQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<SchoolWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddSchoolMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SchoolGraphType>, School>("createSchool")
            .Description("Adds a school to the institution.")
            .Argument<NonNullGraphType<SchoolInputGraphType>>("input")
            .ResolveWith<object?, School, SchoolMutations>((ctx, m) => m.CreateAsync(ctx.GetArgument<SchoolInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<SchoolGraphType>, School>("updateSchool")
            .Description("Changes the fields given of a school.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<SchoolInputGraphType>>("input")
            .ResolveWith<object?, School, SchoolMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<SchoolInput>("input"), ctx.CancellationToken)!);
    }
}
