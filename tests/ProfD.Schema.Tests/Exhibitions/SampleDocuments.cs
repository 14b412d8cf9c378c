using ProfD.Schema.Exhibitions;

namespace ProfD.Schema.Tests.Exhibitions;

/// <summary>An exhibition document with every member set, for round trips and schema checks.</summary>
internal static class SampleDocuments
{
    public static ExhibitionDocument Full() => new()
    {
        Id = "uclioe:Exhibition:01JD3V7Q2Y8K5M4N6P9R0S1T2V",
        Institution = "uclioe",
        Version = 2,
        SubmittedAt = new DateTimeOffset(2026, 6, 15, 16, 0, 0, TimeSpan.Zero),
        Author = new DocumentAuthor("uclioe:Candidate:01JD3V7Q2Y8K5M4N6P9R0S1T2W", "Amira Haddad"),
        Title = "Say it, then write it",
        Abstract = "A term of partner talk in a class of ten-year-olds.",
        ResearchQuestion = "Does structured partner talk improve reasoning?",
        Sections = [new DocumentSection("The question", "Why **talk** first?"), new DocumentSection("What I found", "Longer explanations.\n\n- more *because*")],
        Findings = "Explanations lengthened.",
        ConclusionsForPractice = "Rehearse in pairs before writing.",
        Themes = ["oracy", "mathematics mastery"],
        Languages = ["en", "ar"],
        Licence = "CC-BY-NC-4.0",
        Provocations = ["trust:Provocation:P1"],
        BuildsOn = [new DocumentLink(ExhibitionLinkRelation.BuildsOn, "unimelb:ResearchProject:01JABC"), new DocumentLink(ExhibitionLinkRelation.Challenges, "makerere:Exhibition:01JDEF")],
        Media =
        [
            new DocumentMedia
            {
                Kind = ExhibitionMediaKind.Video, Caption = "A lesson", AltText = "Pupils in pairs.", Transcript = "Talk first.", DurationSeconds = 93.5,
                SizeBytes = 5_000_000_000, Sha256 = new string('a', 64), ContentType = "video/mp4", Url = "/media/uclioe:Media:" + new string('a', 64),
                ShowsPupils = true, ConsentRecorded = true,
            },
            new DocumentMedia { Kind = ExhibitionMediaKind.Link, Caption = "Resources", Url = "https://resources.example.org/talk" },
            new DocumentMedia { Kind = ExhibitionMediaKind.Text, Caption = "Commentary", Transcript = "What I learned." },
        ],
        Showings = [new DocumentShowing("uclioe:School:01JS", new DateOnly(2026, 9, 1), "School hall", ShowingAudience.Parents)],
    };
}
