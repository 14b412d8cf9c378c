using ProfD.Schema.Errors;

namespace ProfD.Node.Exhibitions;

/// <summary>
/// What an exhibition needs before it can be submitted: a title, an abstract, a research question and at least one
/// section; alternative text for every image, a transcript for every recording and video (for accessibility), and
/// recorded consent for every piece that shows pupils.
/// </summary>
internal static class ExhibitionSubmissionRules
{
    /// <summary>Every problem, each naming the field or media item at fault; empty when the exhibition can be submitted.</summary>
    public static IReadOnlyList<SubmissionProblem> Check(Exhibition exhibition, IReadOnlyList<ExhibitionSection> sections, IReadOnlyList<MediaItem> media, Func<MediaItem, string> idOf)
    {
        var problems = new List<SubmissionProblem>();
        if (string.IsNullOrWhiteSpace(exhibition.Title)) problems.Add(new("title", "The exhibition needs a title."));
        if (string.IsNullOrWhiteSpace(exhibition.Abstract)) problems.Add(new("abstract", "The exhibition needs an abstract."));
        if (string.IsNullOrWhiteSpace(exhibition.ResearchQuestion)) problems.Add(new("researchQuestion", "The exhibition needs its research question."));
        if (sections.Count == 0) problems.Add(new("sections", "The exhibition needs at least one section."));
        foreach (var item in media.OrderBy(m => m.Position))
        {
            var name = $"media item {item.Position + 1} ('{item.Caption}', {idOf(item)})";
            var field = $"media[{item.Position}]";
            if (item.Kind == MediaKind.Image && string.IsNullOrWhiteSpace(item.AltText))
                problems.Add(new($"{field}.altText", $"The image {name} needs alternative text.", idOf(item)));
            if (item.Kind is MediaKind.Audio or MediaKind.Video && string.IsNullOrWhiteSpace(item.Transcript))
                problems.Add(new($"{field}.transcript", $"The {item.Kind.ToString().ToLowerInvariant()} {name} needs a transcript.", idOf(item)));
            if (item.ShowsPupils && !item.ConsentRecorded)
                problems.Add(new($"{field}.consentRecorded", $"The {name} shows pupils: record their consent before submitting.", idOf(item)));
        }
        return problems;
    }

    /// <summary>Refuses submission with the first problem, listing all of them in <c>extensions.problems</c>.</summary>
    /// <exception cref="BadUserInputException">There is at least one problem.</exception>
    public static void Ensure(Exhibition exhibition, IReadOnlyList<ExhibitionSection> sections, IReadOnlyList<MediaItem> media, Func<MediaItem, string> idOf)
    {
        var problems = Check(exhibition, sections, media, idOf);
        if (problems.Count == 0) return;
        var first = problems[0];
        var message = problems.Count == 1
            ? $"The exhibition cannot be submitted: {first.Message}"
            : $"The exhibition cannot be submitted: {first.Message} ({problems.Count - 1} more problem(s) in extensions.problems)";
        var error = new BadUserInputException(message, first.Field);
        if (first.Item is not null) error.Extensions["item"] = first.Item;
        error.Extensions["problems"] = problems.Select(p => new Dictionary<string, object?> { ["field"] = p.Field, ["message"] = p.Message, ["item"] = p.Item }).ToList();
        throw error;
    }
}
