using GraphQL.Types;

namespace ProfD.Trust.Nations;

internal sealed class EconomyGraphType : EnumerationGraphType<Economy>
{
    public EconomyGraphType()
    {
        Name = "Economy";
        Description = "How the programme classifies a school's economy: a triangle joins two DEVELOPED schools and one DEVELOPING.";
    }
}
