using GraphQL.Types;

namespace ProfD.Node.Exhibitions;

internal sealed class ShowingInputGraphType : InputObjectGraphType<ShowingInput>
{
    public ShowingInputGraphType()
    {
        Name = "ShowingInput";
        Description = "A face-to-face showing of an exhibition.";
        Field<NonNullGraphType<IdGraphType>>("schoolId").Description("The school's global ID, at this or another node.");
        Field<NonNullGraphType<DateOnlyGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("venue");
        Field<NonNullGraphType<ShowingAudienceGraphType>>("audience");
    }
}
