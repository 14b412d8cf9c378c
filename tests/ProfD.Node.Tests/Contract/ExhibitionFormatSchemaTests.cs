using System.Text.Json.Nodes;
using ProfD.Node.Demo;
using ProfD.Node.Exhibitions;
using ProfD.Node.Research;
using ProfD.Node.Tests.Infrastructure;
using ProfD.Schema.Exhibitions;

namespace ProfD.Node.Tests.Contract;

/// <summary>
/// schema/exhibition-format-1.0.schema.json is the format's contract for other software: every document the node
/// writes validates against it, and the schema refuses what the format does not allow.
/// </summary>
public sealed class ExhibitionFormatSchemaTests
{
    private static readonly DateTime At = new(2026, 6, 15, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_document_with_every_kind_of_part_is_valid()
    {
        Assert.Empty(ExhibitionFormatSchema.Problems(FullDocument()));
    }

    [Fact]
    public void A_new_exhibition_with_nothing_but_a_title_is_valid()
    {
        var exhibition = new Exhibition { Id = "E1", CandidateId = "K1", Title = "Untitled", Abstract = "", CreatedAt = At, UpdatedAt = At };
        var json = ExhibitionDocumentBuilder.Json("uclioe", new ExhibitionParts(exhibition, [], [], [], [], null, 1, null));

        Assert.Empty(ExhibitionFormatSchema.Problems(json));
    }

    [Fact]
    public void Every_document_the_demo_data_freezes_is_valid()
    {
        foreach (var institution in DemoData.Institutions)
        {
            var data = DemoData.Build(institution, new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
            var documents = data.Exhibitions.SelectMany(e => e.Versions).Where(v => v.Content is not null).Select(v => v.Content!).ToList();

            Assert.NotEmpty(documents);
            Assert.All(documents, d => Assert.Empty(ExhibitionFormatSchema.Problems(d)));
        }
    }

    [Theory]
    [InlineData("format", "\"exhibition-format/2.0\"")]
    [InlineData("id", "\"not an id\"")]
    [InlineData("licence", "\"CC BY 4.0\"")]
    [InlineData("unknownMember", "1")]
    [InlineData("submittedAt", "\"yesterday\"")]
    [InlineData("sections", "[{\"heading\":\"No body\"}]")]
    public void The_schema_refuses_a_wrong_member(string member, string value)
    {
        var json = JsonNode.Parse(FullDocument())!.AsObject();
        json[member] = JsonNode.Parse(value);

        Assert.NotEmpty(ExhibitionFormatSchema.Problems(json.ToJsonString()));
    }

    [Theory]
    [InlineData("kind", "\"HOLOGRAM\"")]
    [InlineData("sha256", "\"ABC\"")]
    [InlineData("showsPupils", "\"yes\"")]
    [InlineData("contentType", "\"video\"")]
    public void The_schema_refuses_a_wrong_media_member(string member, string value)
    {
        var json = JsonNode.Parse(FullDocument())!.AsObject();
        json["media"]![0]![member] = JsonNode.Parse(value);

        Assert.NotEmpty(ExhibitionFormatSchema.Problems(json.ToJsonString()));
    }

    [Fact]
    public void The_schema_refuses_a_link_without_a_url_and_a_document_without_a_title()
    {
        var json = JsonNode.Parse(FullDocument())!.AsObject();
        var link = json["media"]!.AsArray().Single(m => (string?)m!["kind"] == "LINK")!.AsObject();
        link.Remove("url");
        json.Remove("title");

        var problems = ExhibitionFormatSchema.Problems(json.ToJsonString());

        Assert.Contains(problems, p => p.Contains("/media/", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("title", StringComparison.Ordinal));
    }

    /// <summary>A submitted version with sections, every media kind (one uploaded), a showing and two links.</summary>
    private static string FullDocument()
    {
        var exhibition = new Exhibition
        {
            Id = "E1", CandidateId = "K1", Title = "Say it, then write it", Abstract = "A term of partner talk.", ResearchQuestion = "Does talk help?",
            Findings = "Explanations lengthened.", ConclusionsForPractice = "Rehearse in pairs.", Themes = ["oracy"], Languages = ["en", "lg"],
            ProvocationIds = ["trust:Provocation:P1"], Licence = "CC-BY-NC-4.0", CreatedAt = At, UpdatedAt = At,
        };
        List<ExhibitionSection> sections = [new() { Id = "S1", ExhibitionId = "E1", Position = 0, Heading = "The question", Body = "Why **talk**?" }];
        List<MediaItem> media =
        [
            new() { Id = "M1", ExhibitionId = "E1", Position = 0, Kind = MediaKind.Video, Caption = "A lesson", Transcript = "Talk first.", DurationSeconds = 93.5, SizeBytes = 5_000_000, Sha256 = new string('b', 64), ContentType = "video/mp4", ShowsPupils = true, ConsentRecorded = true },
            new() { Id = "M2", ExhibitionId = "E1", Position = 1, Kind = MediaKind.Audio, Caption = "A talk", Transcript = "Hello.", Url = "https://audio.example.org/a.m4a" },
            new() { Id = "M3", ExhibitionId = "E1", Position = 2, Kind = MediaKind.Image, Caption = "Work", AltText = "Two pages.", Url = "https://img.example.org/a.jpg" },
            new() { Id = "M4", ExhibitionId = "E1", Position = 3, Kind = MediaKind.Document, Caption = "Report", Url = "https://docs.example.org/r.pdf" },
            new() { Id = "M5", ExhibitionId = "E1", Position = 4, Kind = MediaKind.Link, Caption = "Resources", Url = "https://resources.example.org" },
            new() { Id = "M6", ExhibitionId = "E1", Position = 5, Kind = MediaKind.Text, Caption = "Commentary", Transcript = "What I learned." },
        ];
        List<ExhibitionShowing> showings = [new() { Id = "H1", ExhibitionId = "E1", SchoolId = "unimelb:School:S9", HeldOn = new DateOnly(2026, 9, 1), Venue = "Staff room", Audience = ShowingAudience.Staff }];
        List<ResearchLink> links =
        [
            new() { Id = "L1", ProjectId = "R1", TargetId = "unimelb:ResearchProject:R9", Relation = LinkRelation.Replicates, CreatedAt = At },
            new() { Id = "L2", ProjectId = "R1", TargetId = "makerere:Exhibition:E9", Relation = LinkRelation.Challenges, CreatedAt = At.AddDays(1) },
        ];
        return ExhibitionDocumentBuilder.Json("uclioe", new ExhibitionParts(exhibition, sections, media, showings, links, "Amira Haddad", 2, At));
    }
}
