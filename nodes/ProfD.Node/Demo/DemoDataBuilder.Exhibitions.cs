using System.Security.Cryptography;
using System.Text;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Schema.Exhibitions;
using ProfD.Schema.Ids;

namespace ProfD.Node.Demo;

internal sealed partial class DemoDataBuilder
{
    private static IEnumerable<CandidateSlot> Exhibiting => DemoShape.Candidates.Where(c => c.Exhibition is not null);

    private List<Exhibition> BuildExhibitions()
    {
        var exhibitions = new List<Exhibition>();
        foreach (var c in Exhibiting)
        {
            var status = c.Exhibition!.Value;
            var template = TemplateOf(code, c.Index);
            var exhibition = new Exhibition
            {
                Id = Key("Exhibition", c.Index),
                CandidateId = Key("Candidate", c.Index),
                ProjectId = Key("ResearchProject", c.Index),
                Title = template.ExhibitionTitle,
                Abstract = template.Abstract,
                ResearchQuestion = template.Question,
                // A first draft is written while the research is still going: findings come later.
                Findings = c.IsFreshDraft ? null : template.Findings,
                ConclusionsForPractice = c.IsFreshDraft ? null : template.ConclusionsForPractice,
                Status = status,
                Themes = [.. template.Themes],
                Languages = template.Themes.Contains(DemoThemes.MultilingualClassrooms) ? ["en", institution.Schools[c.School].People.Languages[0]] : ["en"],
                ProvocationIds = [DemoData.ProvocationIdOf(c.Index % DemoData.ProvocationCount)],
                Licence = c.Index % 4 == 1 ? "CC-BY-NC-4.0" : ExhibitionFormat.DefaultLicence,
                PublishedAt = status is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn ? At(PublishedAt(c)) : null,
                PublicationConsentAt = status is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn ? At(PublishedAt(c)) : null,
                WithdrawnAt = status == ExhibitionStatus.Withdrawn ? At(WithdrawnAt(c)) : null,
                WithdrawalReason = status == ExhibitionStatus.Withdrawn
                    ? "Withdrawn at the candidate's request: a family in the filmed lessons asked for the recordings to be taken down."
                    : null,
                CreatedAt = At(ExhibitionCreatedAt(c)),
                UpdatedAt = At(status switch
                {
                    ExhibitionStatus.Draft when c.IsFreshDraft => ExhibitionCreatedAt(c).AddDays(40),
                    ExhibitionStatus.Draft => DecidedAt(c),
                    ExhibitionStatus.Submitted => SubmittedAt(c),
                    // Corrections start a new version; otherwise the exhibition last changed when its panel was formed.
                    ExhibitionStatus.UnderAdjudication when c.Phase is AdjudicationPhase.AwaitingCorrections => JointAt(c).AddDays(1),
                    ExhibitionStatus.UnderAdjudication => SubmittedAt(c).AddDays(14),
                    ExhibitionStatus.Adjudged => DecidedAt(c),
                    ExhibitionStatus.Published => PublishedAt(c),
                    _ => WithdrawnAt(c),
                }),
            };
            exhibition.Sections = BuildSections(c, exhibition);
            exhibition.Media = BuildMedia(c, exhibition);
            exhibition.Showings = BuildShowings(c, exhibition);
            exhibition.Versions = BuildVersions(c, exhibition);
            exhibition.CurrentVersion = exhibition.Versions.Count;
            exhibitions.Add(exhibition);
        }
        return exhibitions;
    }

    private List<ExhibitionSection> BuildSections(CandidateSlot c, Exhibition exhibition)
    {
        var template = TemplateOf(code, c.Index);
        var school = institution.Schools[c.School];
        var parts = new List<(string Heading, string Body)>
        {
            ("The question", $"**{template.Question}**\n\nWhat I expected: {template.Hypothesis}"),
            ("Where and how", $"The research took place in {template.Setting} at {school.Name}, {school.City}.\n\n{template.Method}"),
        };
        if (!c.IsFreshDraft)
        {
            parts.Add(("What I found", template.Findings));
            parts.Add(("What this means for practice", template.ConclusionsForPractice));
        }
        return [.. parts.Select((p, i) => new ExhibitionSection
        {
            Id = Key("ExhibitionSection", c.Index * 8 + i),
            ExhibitionId = exhibition.Id,
            Position = i,
            Heading = p.Heading,
            Body = p.Body,
        })];
    }

    private List<MediaItem> BuildMedia(CandidateSlot c, Exhibition exhibition)
    {
        var draft = c.IsFreshDraft;
        var created = ExhibitionCreatedAt(c);
        var school = institution.Schools[c.School];
        var items = new List<MediaItem>
        {
            new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Video,
                Caption = $"A lesson from the second research cycle at {school.Name}",
                AltText = "A class working in pairs at tables; the teacher crouches beside one pair and listens.",
                Transcript = "Teacher: What do you notice? Talk to your partner first. Pupil: We both said it gets bigger, but we had different reasons…",
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
            });
            items.Add(new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Audio,
                Caption = "Conversation with my mentor about the findings",
                Transcript = "Mentor: What surprised you most? Candidate: That the pupils who spoke least in class gained the most…",
            });
            items.Add(new()
            {
                Id = "", ExhibitionId = exhibition.Id, Kind = MediaKind.Document,
                Caption = "Full research report with data tables (PDF)",
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
            if (item.Kind is MediaKind.Link or MediaKind.Text) continue;
            // Every file gets small real bytes (DemoData.SeedAsync stores them), so what the item says is what is served.
            var file = DemoMediaFile.For(item.Kind, $"{code}|{item.Id}", item.Caption ?? "")
                ?? throw new InvalidOperationException($"The demo has no file for a {item.Kind}.");
            item.ContentType = file.ContentType;
            item.SizeBytes = file.Bytes.Length;
            item.Sha256 = file.Sha256;
            item.DurationSeconds = file.DurationSeconds;
        }
        return items;
    }

    /// <summary>Adjudged and published work is shown to parents at the candidate's school, and published work to staff at a partner school abroad.</summary>
    private List<ExhibitionShowing> BuildShowings(CandidateSlot c, Exhibition exhibition)
    {
        var showings = new List<ExhibitionShowing>();
        if (c.Exhibition is not (ExhibitionStatus.Adjudged or ExhibitionStatus.Published or ExhibitionStatus.Withdrawn) || c.Outcome == Recommendation.Fail)
            return showings;
        var held = DecidedAt(c).AddDays(21);
        showings.Add(new ExhibitionShowing
        {
            Id = Key("ExhibitionShowing", c.Index * 4),
            ExhibitionId = exhibition.Id,
            SchoolId = GlobalIdOf("School", c.School),
            HeldOn = DateOnly.FromDateTime(At(held)),
            Venue = "School hall, after the end-of-term assembly",
            Audience = ShowingAudience.Parents,
            CreatedAt = At(held.AddDays(-14)),
        });
        if (c.Exhibition is ExhibitionStatus.Published or ExhibitionStatus.Withdrawn)
        {
            var partner = others[c.Index % others.Length];
            var day = PublishedAt(c).AddDays(45);
            showings.Add(new ExhibitionShowing
            {
                Id = Key("ExhibitionShowing", c.Index * 4 + 1),
                ExhibitionId = exhibition.Id,
                SchoolId = GlobalId.Create(partner, "School", DemoData.KeyOf(partner, "School", c.School)).ToString(),
                HeldOn = DateOnly.FromDateTime(At(day)),
                Venue = "Staff room, during the triangle's exchange visit",
                Audience = ShowingAudience.Staff,
                CreatedAt = At(day.AddDays(-20)),
            });
        }
        return showings;
    }

    private List<ExhibitionVersion> BuildVersions(CandidateSlot c, Exhibition exhibition)
    {
        var versions = new List<ExhibitionVersion>();
        void Add(DateTime created, DateTime? submitted)
        {
            var number = versions.Count + 1;
            versions.Add(new ExhibitionVersion
            {
                Id = Key("ExhibitionVersion", c.Index * 4 + versions.Count),
                ExhibitionId = exhibition.Id,
                Number = number,
                Content = submitted is null ? null : Content(c, exhibition, number, At(submitted.Value)),
                CreatedAt = At(created),
                SubmittedAt = submitted is null ? null : At(submitted.Value),
            });
        }

        if (c.IsFreshDraft)
        {
            Add(ExhibitionCreatedAt(c), null);
            return versions;
        }
        Add(ExhibitionCreatedAt(c), SubmittedAt(c));
        switch (c.Outcome)
        {
            // Corrections: a second version, submitted once made (minor) or still being made (major).
            case Recommendation.MinorCorrections when c.IsDecided:
                Add(JointAt(c).AddDays(1), CorrectionsSubmittedAt(c));
                break;
            case Recommendation.MajorCorrections:
                Add(JointAt(c).AddDays(1), null);
                break;
            case Recommendation.Resubmit:
                Add(DecidedAt(c), null);
                break;
        }
        return versions;
    }

    /// <summary>The frozen document of a submitted version, exactly as submission would have stored it.</summary>
    private string Content(CandidateSlot c, Exhibition exhibition, int number, DateTime submittedAt)
    {
        var teacher = teachers[c.Teacher];
        var project = projects[c.Index];
        return ExhibitionDocumentBuilder.Json(code, new ExhibitionParts(
            exhibition, exhibition.Sections, exhibition.Media, [], project.BuildsOn,
            CandidateProfiles.DisplayName(teacher.GivenName, teacher.FamilyName), number, submittedAt));
    }

    private List<Adjudication> BuildAdjudications()
    {
        var adjudications = new List<Adjudication>();
        foreach (var c in DemoShape.Candidates.Where(c => c.IsAdjudicated))
        {
            var outcome = c.Outcome;
            var pending = !c.HasJointReport;
            var decided = c.IsDecided;
            var adjudication = new Adjudication
            {
                Id = Key("Adjudication", c.Index),
                ExhibitionId = Key("Exhibition", c.Index),
                ExhibitionVersion = 1,
                JointRecommendation = pending ? null : outcome,
                JointReport = pending ? null : JointReport(outcome!.Value),
                CorrectionsDeadline = outcome switch
                {
                    Recommendation.MinorCorrections => JointAt(c).AddMonths(3),
                    Recommendation.MajorCorrections => JointAt(c).AddMonths(6),
                    _ => null,
                },
                CorrectionsSignedOffAt = decided && outcome == Recommendation.MinorCorrections ? At(DecidedAt(c)) : null,
                CorrectedVersion = decided && outcome == Recommendation.MinorCorrections ? 2 : null,
                FinalDecision = decided ? FinalDecision(outcome!.Value) : null,
                DecidedAt = decided ? At(DecidedAt(c)) : null,
                CreatedAt = At(SubmittedAt(c).AddDays(14)),
            };
            // A deadline set in the future stays as set, even if the demo clock is earlier.
            if (adjudication.CorrectionsDeadline is { } deadline && !decided) adjudication.CorrectionsDeadline = deadline;
            else if (adjudication.CorrectionsDeadline is { } past) adjudication.CorrectionsDeadline = At(past);
            adjudication.Panel = BuildPanel(c, adjudication);
            // Until the joint report, the last change is the latest preliminary report.
            adjudication.UpdatedAt = pending ? adjudication.Panel.Max(r => r.SubmittedAt)!.Value : At(decided ? DecidedAt(c) : JointAt(c));
            adjudications.Add(adjudication);
        }
        return adjudications;
    }

    private static Recommendation FinalDecision(Recommendation joint) => joint switch
    {
        Recommendation.MinorCorrections or Recommendation.MajorCorrections => Recommendation.Pass,
        _ => joint,
    };

    /// <summary>An internal examiner from another school here, an external examiner from another demo node, and for some a third.</summary>
    private List<AdjudicatorReport> BuildPanel(CandidateSlot c, Adjudication adjudication)
    {
        var mentor = MentorOf(c);
        var internalExaminer = Senior(c.Index * 5 + 2, c.School, mentor);
        var externalNode = others[(c.Index + 1) % others.Length];
        var members = new List<string>
        {
            GlobalIdOf("Teacher", internalExaminer),
            GlobalId.Create(externalNode, "Teacher", DemoData.KeyOf(externalNode, "Teacher", Senior(c.Index * 7 + 1, avoidSchool: -1))).ToString(),
        };
        if (c.Index % 2 == 0)
            members.Add(GlobalIdOf("Teacher", Senior(c.Index * 11 + 4, c.School, internalExaminer, mentor)));

        var reports = new List<AdjudicatorReport>();
        for (var p = 0; p < members.Count; p++)
        {
            // While the panel is still reporting only the first examiner has reported (and no one else can read it yet).
            var submitted = c.Phase is not AdjudicationPhase.AwaitingReports || p == 0;
            // Before the joint report the members disagree, so the joint report has something to settle.
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
        DemoShape.Candidates.Where(c => c.Stage == CandidateStage.Awarded).Select(c => new Award
        {
            Id = Key("Award", c.Index),
            CandidateId = Key("Candidate", c.Index),
            ExhibitionId = Key("Exhibition", c.Index),
            Title = "Prof.D",
            AwardedAt = At(AwardedAt(c)),
            RevokedAt = c.Index == DemoShape.RevokedAward ? At(RevokedAt(c)) : null,
            RevocationReason = c.Index == DemoShape.RevokedAward
                ? "Revoked on the recommendation of the research integrity panel: the analysis of the second research cycle reproduced another school's published study without acknowledgement."
                : null,
        }).ToList();

    /// <summary>Local mentors comment on their mentees' projects, and on drafts still being written.</summary>
    private List<MentorComment> BuildMentorComments(IReadOnlyList<Mentorship> mentorships, IReadOnlyList<Exhibition> exhibitions)
    {
        var comments = new List<MentorComment>();
        foreach (var c in DemoShape.Candidates.Where(c => c.Stage is CandidateStage.Researching or CandidateStage.Exhibiting))
        {
            var mentorship = mentorships.Single(m => m.CandidateId == Key("Candidate", c.Index));
            var template = TemplateOf(code, c.Index);
            var project = projects[c.Index];
            var on = At(project.CreatedAt.AddDays(20));
            comments.Add(new MentorComment
            {
                Id = Key("MentorComment", c.Index * 4),
                MentorshipId = mentorship.Id,
                ProjectId = project.Id,
                Text = $"Your question is a good one. Before the first cycle, decide what you will count as evidence that \"{template.Title.ToLowerInvariant()}\" is working, and collect a baseline.",
                CreatedAt = on < mentorship.StartedAt ? mentorship.StartedAt : on,
            });
            var exhibition = exhibitions.FirstOrDefault(e => e.CandidateId == mentorship.CandidateId);
            var draft = exhibition?.Versions.SingleOrDefault(v => v.Number == exhibition.CurrentVersion && v.SubmittedAt is null);
            if (exhibition is not null && draft is not null)
            {
                comments.Add(new MentorComment
                {
                    Id = Key("MentorComment", c.Index * 4 + 1),
                    MentorshipId = mentorship.Id,
                    ExhibitionId = exhibition.Id,
                    ExhibitionVersion = draft.Number,
                    Text = "The lesson video shows the change better than any table. Put it first, and chase the last consent forms before you submit.",
                    CreatedAt = At(draft.CreatedAt.AddDays(10)),
                });
            }
        }
        return comments;
    }

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

    private static DateTime WithdrawnAt(CandidateSlot c) => PublishedAt(c).AddMonths(6);

    // The award is made when the institution confirms the decision.
    private static DateTime AwardedAt(CandidateSlot c) => DecidedAt(c);

    // An integrity complaint, its investigation and the committee's decision take most of a year.
    private static DateTime RevokedAt(CandidateSlot c) => AwardedAt(c).AddMonths(9);
}
