using GraphQL.Types;

namespace ProfD.Node.Changes;

internal sealed class ChangeEntityTypeGraphType : EnumerationGraphType<ChangeEntityType>
{
    public ChangeEntityTypeGraphType()
    {
        Name = "ChangeEntityType";
        Description = "The kind of public record a change is about: SCHOOL, EXHIBITION (while published) or MENTOR (a teacher's public mentor profile).";
    }
}
