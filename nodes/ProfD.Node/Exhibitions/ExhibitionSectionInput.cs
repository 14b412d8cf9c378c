namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionSectionInput
{
    public string? Heading { get; set; }
    public string? Body { get; set; }
}
