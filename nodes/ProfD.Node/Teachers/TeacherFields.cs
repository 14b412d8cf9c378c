using GraphQL;
using GraphQL.Types;
using ProfD.Node.Graph;
using ProfD.Schema.Paging;

namespace ProfD.Node.Teachers;

/// <summary>The root fields of the Teacher feature.</summary>
internal static class TeacherFields
{
    public static void AddTeacherQueries(this ObjectGraphType query)
    {
        query.LookupField<TeacherGraphType, Teacher>("teacher", "A teacher of this institution by ID; null if it has none.")
            .LoadWith<object?, Teacher, EntityLoader>((ctx, load) => load.Lookup<Teacher>(ctx.GetArgument<string>("id"), "Teacher"));
        query.ConnectionField<TeacherGraphType, Teacher, TeacherWhereGraphType, TeacherOrderFieldGraphType>("teachers", "The institution's teachers.")
            .ResolveWith<object?, Connection<Teacher>, TeacherQueries>((ctx, q) =>
                q.ListAsync(ctx.GetArgument<TeacherWhere?>("where"), ctx.OrderBy(), ctx.Page(), ctx.CancellationToken)!);
    }

    public static void AddTeacherMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TeacherGraphType>, Teacher>("createTeacher")
            .Description("Adds a teacher at one of the institution's schools.")
            .Argument<NonNullGraphType<TeacherInputGraphType>>("input")
            .ResolveWith<object?, Teacher, TeacherMutations>((ctx, m) => m.CreateAsync(ctx.GetArgument<TeacherInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<TeacherGraphType>, Teacher>("updateTeacher")
            .Description("Changes the fields given of a teacher.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TeacherInputGraphType>>("input")
            .ResolveWith<object?, Teacher, TeacherMutations>((ctx, m) =>
                m.UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<TeacherInput>("input"), ctx.CancellationToken)!);
        mutation.Field<NonNullGraphType<TeacherGraphType>, Teacher>("updateMentorProfile")
            .Description("Sets a teacher's public mentor profile. A teacher who offers mentoring is listed in the trust's mentor directory.")
            .Argument<NonNullGraphType<IdGraphType>>("teacherId")
            .Argument<NonNullGraphType<BooleanGraphType>>("offersMentoring")
            .Argument<IntGraphType>("mentorCapacity", $"How many more mentees they can take: 0 to {TeacherMutations.MaxMentorCapacity}.")
            .Argument<StringGraphType>("bio", "A short public biography, at most 2000 characters; null or empty clears it.")
            .MutateWith<object?, Teacher, TeacherMutations>((ctx, m) => m.UpdateMentorProfileAsync(
                ctx.GetArgument<string>("teacherId"), ctx.GetArgument<bool>("offersMentoring"), ctx.GetArgument<int?>("mentorCapacity"),
                ctx.GetArgument<string?>("bio"), ctx.CancellationToken)!);
    }
}
