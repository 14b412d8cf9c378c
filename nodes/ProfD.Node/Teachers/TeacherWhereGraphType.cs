using GraphQL.Types;
using ProfD.Schema.Filtering.GraphTypes;

namespace ProfD.Node.Teachers;

internal sealed class TeacherWhereGraphType : InputObjectGraphType<TeacherWhere>
{
    public TeacherWhereGraphType()
    {
        Name = "TeacherWhere";
        Description = "Conditions on teachers; all given conditions must hold.";
        Field<IdFilterGraphType>("school").Description("The teacher's school.");
        Field<StringFilterGraphType>("familyName");
        Field<StringGraphType>("language").Description("Teaches or researches in this language (as stored, for example \"en\").");
        Field<StringGraphType>("search").Description("Text in the given or family name, ignoring case.");
    }
}
