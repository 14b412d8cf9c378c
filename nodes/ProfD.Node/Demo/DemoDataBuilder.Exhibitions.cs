using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Exhibitions;
using ProfD.Schema.Ids;

namespace ProfD.Node.Demo;

internal sealed partial class DemoDataBuilder
{
    private static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.Web);

    private static IEnumerable<CandidateSlot> Exhibiting => DemoShape.Candidates.Where(c => c.Exhibition is not null);

    private static IEnumerable<CandidateSlot> Adjudicated => Exhibiting.Where(c =>
        c.Exhibition is ExhibitionStatus.UnderAdjudication or ExhibitionStatus.Adjudged or ExhibitionStatus.Published or ExhibitionStatus.Withdrawn);

    private List<Exhibition> BuildExhibitions()
    {
        var exhibitions = new List<Exhibition>();
        foreach (var c in Exhibiting)
        {
            var status = c.Exhibition!.Value;
            var template = TemplateOf(code, c.Index);
            var corrected = c.Outcome == Recommendation.MinorCorrections && status is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn;
            var exhibition = new Exhibition
            {
                Id = Key("Exhibition", c.Index),
                CandidateId = Key("Candidate", c.Index),
                ProjectId = Key("ResearchProject", c.Index),
                Title = template.ExhibitionTitle,
                Abstract = template.Abstract,
                Status = status,
                CurrentVersion = corrected ? 2 : 1,
                Themes = [.. template.Themes],
                Languages = template.Themes.Contains(DemoThemes.MultilingualClassrooms) ? ["en", institution.Schools[c.School].People.Languages[0]] : ["en"],
                Licence = c.Index % 4 == 1 ? "CC-BY-NC-4.0" : "CC-BY-4.0",
                PublishedAt = status is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn ? At(PublishedAt(c)) : null,
                CreatedAt = At(ExhibitionCreatedAt(c)),
                UpdatedAt = At(status switch
                {
                    ExhibitionStatus.Draft => ExhibitionCreatedAt(c).AddDays(40),
                    ExhibitionStatus.Submitted => SubmittedAt(c),
                    ExhibitionStatus.UnderAdjudication => SubmittedAt(c).AddDays(14),
                    ExhibitionStatus.Adjudged => JointAt(c),
                    ExhibitionStatus.Published => PublishedAt(c),
                    _ => PublishedAt(c).AddMonths(6),
                }),
            };
            exhibition.Media = BuildMedia(c, exhibition);
            exhibition.Versions = BuildVersions(c, exhibition, corrected);
            exhibitions.Add(exhibition);
        }
        return exhibitions;
    }

    private List<MediaItem> BuildMedia(CandidateSlot c, Exhibition exhibition)
    {
        var draft = c.Exhibition == ExhibitionStatus.Draft;
        var folder = $"media/{exhibition.Id}";
        var created = ExhibitionCreatedAt(c);
        var school = institution.Schools[c.School];
        var items = new List<MediaItem>
        {
            new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Video,
                Caption = $"A lesson from the second research cycle at {school.Name}",
                Transcript = "Teacher: What do you notice? Talk to your partner first. Pupil: We both said it gets bigger, but we had different reasons…",
                DurationSeconds = 540 + c.Index * 37, SizeBytes = 180_000_000 + c.Index * 1_234_567, Url = $"{folder}/lesson.mp4",
                // A draft may still be waiting for consent forms: submission is refused until they are recorded.
                ShowsPupils = true, ConsentRecorded = !draft,
            },
            new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Text,
                Caption = "Reflective commentary: what I learned about my own practice",
                Transcript = TemplateOf(code, c.Index).ConclusionsForPractice,
            },
        };
        if (!draft)
        {
            items.Add(new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Image,
                Caption = "Pupils' work before and after the intervention",
                AltText = "Two pages of a pupil's exercise book side by side: the earlier page has one short sentence, the later page a full paragraph with diagrams.",
                SizeBytes = 2_400_000 + c.Index * 10_000, Url = $"{folder}/work-samples.jpg",
            });
            items.Add(new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Audio,
                Caption = "Conversation with my mentor about the findings",
                Transcript = "Mentor: What surprised you most? Candidate: That the pupils who spoke least in class gained the most…",
                DurationSeconds = 1260 + c.Index * 11, SizeBytes = 20_000_000 + c.Index * 50_000, Url = $"{folder}/mentor-conversation.m4a",
            });
            items.Add(new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Document,
                Caption = "Full research report with data tables (PDF)",
                SizeBytes = 1_800_000 + c.Index * 20_000, Url = $"{folder}/report.pdf",
            });
            if (c.Index % 2 == 0)
            {
                items.Add(new()
                {
                    Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Link,
                    Caption = "Teaching resources used in the study, shared for other schools",
                    Url = $"https://resources.{code}.example.org/profd/{exhibition.Id.ToLowerInvariant()}",
                });
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            item.Id = Key("MediaItem", c.Index * 8 + i);
            item.Position = i;
            item.CreatedAt = At(created.AddDays(3 * i));
            if (item.Kind is not (MediaKind.Link or MediaKind.Text))
                item.Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{code}|{item.Id}")));
        }
        return items;
    }

    private List<ExhibitionVersion> BuildVersions(CandidateSlot c, Exhibition exhibition, bool corrected)
    {
        var submitted = c.Exhibition != ExhibitionStatus.Draft;
        var versions = new List<ExhibitionVersion>
        {
            new()
            {
                Id = Key("ExhibitionVersion", c.Index * 4),
                ExhibitionId = exhibition.Id,
                Number = 1,
                Content = submitted ? Content(exhibition) : null,
                CreatedAt = At(ExhibitionCreatedAt(c)),
                SubmittedAt = submitted ? At(SubmittedAt(c)) : null,
            },
        };
        if (corrected)
        {
            versions.Add(new()
            {
                Id = Key("ExhibitionVersion", c.Index * 4 + 1),
                ExhibitionId = exhibition.Id,
                Number = 2,
                Content = Content(exhibition),
                CreatedAt = At(JointAt(c).AddDays(1)),
                SubmittedAt = At(CorrectionsSubmittedAt(c)),
            });
        }
        return versions;
    }

    private static string Content(Exhibition exhibition) => JsonSerializer.Serialize(new
    {
        exhibition.Title,
        exhibition.Abstract,
        exhibition.Themes,
        exhibition.Languages,
        exhibition.Licence,
        Media = exhibition.Media.Select(m => new { Kind = m.Kind.ToString(), m.Caption, m.AltText, m.Transcript, m.Url, m.Sha256 }),
    }, ContentJson);

    private List<Adjudication> BuildAdjudications()
    {
        var adjudications = new List<Adjudication>();
        foreach (var c in Adjudicated)
        {
            var outcome = c.Outcome;
            var pending = c.Exhibition == ExhibitionStatus.UnderAdjudication;
            var decided = c.Exhibition is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn;
            var adjudication = new Adjudication
            {
                Id = Key("Adjudication", c.Index),
                ExhibitionId = Key("Exhibition", c.Index),
                ExhibitionVersion = 1,
                JointRecommendation = pending ? null : outcome,
                JointReport = pending ? null : JointReport(outcome!.Value),
                CorrectionsDeadline = outcome switch
                {
                    Recommendation.MinorCorrections => At(JointAt(c).AddMonths(3)),
                    Recommendation.MajorCorrections => At(JointAt(c).AddMonths(6)),
                    _ => null,
                },
                CorrectionsSignedOffAt = decided && outcome == Recommendation.MinorCorrections ? At(DecidedAt(c)) : null,
                FinalDecision = decided ? Recommendation.Pass : null,
                DecidedAt = decided ? At(DecidedAt(c)) : null,
                CreatedAt = At(SubmittedAt(c).AddDays(14)),
                UpdatedAt = At(pending ? SubmittedAt(c).AddDays(74) : decided ? DecidedAt(c) : JointAt(c)),
            };
            adjudication.Panel = BuildPanel(c, adjudication, pending);
            adjudications.Add(adjudication);
        }
        return adjudications;
    }

    /// <summary>An internal examiner from another school here, an external examiner from another demo node, and for some a third.</summary>
    private List<AdjudicatorReport> BuildPanel(CandidateSlot c, Adjudication adjudication, bool pending)
    {
        var mentor = MentorOf(c);
        var internalExaminer = Senior(c.Index * 5 + 2, avoidSchool: c.School, avoidTeacher: mentor);
        var externalNode = others[(c.Index + 1) % others.Length];
        var members = new List<string>
        {
            GlobalIdOf("Teacher", internalExaminer),
            GlobalId.Create(externalNode, "Teacher", DemoData.KeyOf(externalNode, "Teacher", Senior(c.Index * 7 + 1, avoidSchool: -1))).ToString(),
        };
        if (c.Index % 2 == 0)
            members.Add(GlobalIdOf("Teacher", Senior(c.Index * 11 + 4, avoidSchool: c.School, avoidTeacher: internalExaminer)));

        var reports = new List<AdjudicatorReport>();
        for (var p = 0; p < members.Count; p++)
        {
            // While under adjudication only the first examiner has reported.
            var submitted = !pending || p == 0;
            var recommendation = c.Outcome ?? (p == 0 ? Recommendation.MinorCorrections : Recommendation.Pass);
            reports.Add(new AdjudicatorReport
            {
                Id = Key("AdjudicatorReport", c.Index * 4 + p),
                AdjudicationId = adjudication.Id,
                AdjudicatorId = members[p],
                Report = submitted ? PreliminaryReport(recommendation, external: p == 1) : null,
                Recommendation = submitted ? recommendation : null,
                SubmittedAt = submitted ? At(SubmittedAt(c).AddDays(60 + 5 * p)) : null,
            });
        }
        return reports;
    }

    private List<Award> BuildAwards() =>
        DemoShape.Candidates.Where(c => c.Stage == Candidates.CandidateStage.Awarded).Select(c => new Award
        {
            Id = Key("Award", c.Index),
            CandidateId = Key("Candidate", c.Index),
            ExhibitionId = Key("Exhibition", c.Index),
            Title = "Prof.D",
            AwardedAt = At(AwardedAt(c)),
        }).ToList();

    private static string PreliminaryReport(Recommendation recommendation, bool external)
    {
        var opening = external
            ? "Reading this exhibition from a school system very different from the candidate's, I found the context clearly explained and the question one my own colleagues are asking."
            : "The exhibition sets out a clear question that arises from the candidate's own classroom, and the intervention is documented well enough for another teacher to try it.";
        return recommendation switch
        {
            Recommendation.Pass => $"{opening} The evidence is honestly presented, including what did not work, and the reflection on practice is mature. I recommend the award without corrections.",
            Recommendation.MinorCorrections => $"{opening} The analysis of the second cycle should say more about the pupils who did not improve, and two media items need fuller captions and alt text. I recommend minor corrections.",
            Recommendation.MajorCorrections => $"{opening} However, the claims go beyond the evidence: the comparison group is not described, and the consent records for the filmed lessons are incomplete. I recommend major corrections.",
            Recommendation.Resubmit => $"{opening} The exhibition does not yet answer its own question. I recommend resubmission after a further research cycle.",
            _ => $"{opening} The work does not meet the standard for the award.",
        };
    }

    private static string JointReport(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Pass => "The panel agrees that the exhibition meets the standard for the award as it stands and commends its use of pupils' voices.",
        Recommendation.MinorCorrections => "The panel agrees on minor corrections: extend the analysis of the second cycle to the pupils who did not improve, and complete the captions and alt text of the media items listed in the reports.",
        Recommendation.MajorCorrections => "The panel agrees on major corrections: describe the comparison group and its selection, moderate the claims accordingly, and provide consent records for all filmed lessons before resubmitting.",
        Recommendation.Resubmit => "The panel asks the candidate to carry out a further research cycle and resubmit.",
        _ => "The panel agrees that the exhibition does not meet the standard for the award.",
    };

    private static DateTime ExhibitionCreatedAt(CandidateSlot c) => new DateTime(c.ExhibitionYear, 1, 20, 10, 0, 0, DateTimeKind.Utc).AddDays(c.Index);

    private static DateTime SubmittedAt(CandidateSlot c) => new DateTime(c.ExhibitionYear, 6, 15, 16, 0, 0, DateTimeKind.Utc).AddDays(c.Index % 5);

    private static DateTime JointAt(CandidateSlot c) => SubmittedAt(c).AddDays(100);

    private static DateTime CorrectionsSubmittedAt(CandidateSlot c) => JointAt(c).AddDays(60);

    private static DateTime DecidedAt(CandidateSlot c) =>
        c.Outcome == Recommendation.MinorCorrections ? CorrectionsSubmittedAt(c).AddDays(10) : JointAt(c).AddDays(14);

    private static DateTime PublishedAt(CandidateSlot c) => DecidedAt(c).AddDays(30);

    private static DateTime AwardedAt(CandidateSlot c) => DecidedAt(c).AddDays(14);
}
