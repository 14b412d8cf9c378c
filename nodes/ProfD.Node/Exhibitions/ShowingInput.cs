using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Exhibitions;

internal sealed class ShowingInput
{
    public string? SchoolId { get; set; }
    public DateOnly? Date { get; set; }
    public string? Venue { get; set; }
    public ShowingAudience? Audience { get; set; }
}
