using GraphQL.Types;

namespace ProfD.Node.Teachers;

internal sealed class TeacherInputGraphType : InputObjectGraphType<TeacherInput>
{
    public TeacherInputGraphType()
    {
        Name = "TeacherInput";
        Description = "A teacher's details. Creating needs schoolId, givenName, familyName and email; updating changes only the fields given.";
        Field<IdGraphType>("schoolId").Description("A school of this institution.");
        Field<StringGraphType>("givenName");
        Field<StringGraphType>("familyName");
        Field<StringGraphType>("email").Description("Unique within the institution; never shown to other institutions.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("subjects");
    }
}
