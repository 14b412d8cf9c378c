using GraphQL.Types;

namespace ProfD.Node.Schools;

internal sealed class EconomyGraphType : EnumerationGraphType<Economy>
{
    public EconomyGraphType()
    {
        Name = "Economy";
        Description = "How the programme classifies a school's economy: a triangle joins two DEVELOPED schools and one DEVELOPING.";
    }
}
