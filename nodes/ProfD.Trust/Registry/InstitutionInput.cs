namespace ProfD.Trust.Registry;

internal sealed class InstitutionInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Nation { get; set; }
    public string? Endpoint { get; set; }
}
