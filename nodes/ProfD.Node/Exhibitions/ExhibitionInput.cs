namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionInput
{
    public string? Title { get; set; }
    public string? Abstract { get; set; }
    public string? ResearchQuestion { get; set; }
    public List<ExhibitionSectionInput>? Sections { get; set; }
    public string? Findings { get; set; }
    public string? ConclusionsForPractice { get; set; }
    public List<string>? Themes { get; set; }
    public List<string>? Languages { get; set; }
    public string? Licence { get; set; }
    public List<string>? ProvocationIds { get; set; }
}
