namespace ProfD.Trust.Nations;

internal sealed class NationInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Region { get; set; }
    public Economy? Economy { get; set; }
}
