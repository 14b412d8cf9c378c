namespace ProfD.Node.Schools;

internal sealed class SchoolInput
{
    public string? Name { get; set; }
    public string? Nation { get; set; }
    public Economy? Economy { get; set; }
    public string? City { get; set; }
}
