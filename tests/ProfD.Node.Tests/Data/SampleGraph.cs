using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Tests.Data;

/// <summary>One row of every entity, linked as in real life, with every optional field filled.</summary>
internal sealed class SampleGraph
{
    // Whole milliseconds: PostgreSQL keeps microseconds, SQLite keeps ticks; both keep these exactly.
    public static readonly DateTime At = new(2025, 3, 14, 15, 9, 26, 535, DateTimeKind.Utc);

    public SampleGraph(string prefix = "S")
    {
        School = new School { Id = $"{prefix}SCH", Name = "Elmhurst Primary School", Nation = "GB", Economy = Economy.Developed, City = "London", CreatedAt = At, UpdatedAt = At.AddHours(1) };
        Teacher = new Teacher
        {
            Id = $"{prefix}TEA", GivenName = "Amelia", FamilyName = "O'Connor", Email = $"amelia.oconnor.{prefix.ToLowerInvariant()}@elmhurst.sch.uk", SchoolId = School.Id,
            Languages = ["en", "pl"], Subjects = ["mathematics", "music"], CreatedAt = At, UpdatedAt = At,
        };
        Cohort = new Cohort
        {
            Id = $"{prefix}COH", Name = "September 2024 intake", IntakeYear = 2024, Stage = CohortStage.Researching,
            Schools = [new CohortSchool { CohortId = $"{prefix}COH", SchoolId = School.Id }], CreatedAt = At, UpdatedAt = At,
        };
        Candidate = new Candidate { Id = $"{prefix}CAN", TeacherId = Teacher.Id, CohortId = Cohort.Id, Stage = CandidateStage.Exhibiting, EnrolledAt = At.AddDays(-200), CreatedAt = At, UpdatedAt = At };
        Project = new ResearchProject
        {
            Id = $"{prefix}PRO", CandidateId = Candidate.Id, Title = "Talk partners and reasoning", Question = "Does partner talk help?",
            Hypothesis = "Yes", Method = "Two cycles", Context = "Year 5", EthicsApprovedBy = "REC", EthicsApprovedAt = At.AddDays(-150),
            EthicsReference = "REC-1", Findings = "It did", ConclusionsForPractice = "Rehearse first",
            Themes = ["oracy", "mathematics mastery"], Languages = ["en"], Status = ProjectStatus.Concluded,
            BuildsOn =
            [
                new ResearchLink { Id = $"{prefix}LNK", ProjectId = $"{prefix}PRO", TargetId = "unimelb:ResearchProject:01JABCDEFGHJKMNPQRSTVWXYZ0", Relation = LinkRelation.Extends, CreatedAt = At },
            ],
            CreatedAt = At, UpdatedAt = At,
        };
        Exhibition = new Exhibition
        {
            Id = $"{prefix}EXH", CandidateId = Candidate.Id, ProjectId = Project.Id, Title = "Say it, then write it", Abstract = "A term of talk.",
            Status = ExhibitionStatus.UnderAdjudication, CurrentVersion = 1, Themes = ["oracy"], Languages = ["en", "pl"], Licence = "CC-BY-4.0",
            PublishedAt = At.AddDays(30),
            Media =
            [
                new MediaItem
                {
                    Id = $"{prefix}MED", ExhibitionId = $"{prefix}EXH", Position = 0, Kind = MediaKind.Video, Caption = "A lesson", AltText = "Pupils talking",
                    Transcript = "Talk to your partner.", DurationSeconds = 612.5, SizeBytes = 5_000_000_000, Sha256 = new string('a', 64),
                    Url = "media/lesson.mp4", ShowsPupils = true, ConsentRecorded = true, CreatedAt = At,
                },
            ],
            Versions = [new ExhibitionVersion { Id = $"{prefix}VER", ExhibitionId = $"{prefix}EXH", Number = 1, Content = "{\"title\":\"Say it\"}", CreatedAt = At, SubmittedAt = At.AddDays(1) }],
            CreatedAt = At, UpdatedAt = At,
        };
        Adjudication = new Adjudication
        {
            Id = $"{prefix}ADJ", ExhibitionId = Exhibition.Id, ExhibitionVersion = 1, JointRecommendation = Recommendation.MinorCorrections,
            JointReport = "Minor corrections.", CorrectionsDeadline = At.AddDays(90), CorrectionsSignedOffAt = At.AddDays(60),
            FinalDecision = Recommendation.Pass, DecidedAt = At.AddDays(61),
            Panel =
            [
                new AdjudicatorReport { Id = $"{prefix}REP", AdjudicationId = $"{prefix}ADJ", AdjudicatorId = "makerere:Teacher:01JABCDEFGHJKMNPQRSTVWXYZ1", Report = "Good.", Recommendation = Recommendation.MinorCorrections, SubmittedAt = At.AddDays(20) },
            ],
            CreatedAt = At, UpdatedAt = At,
        };
        Award = new Award { Id = $"{prefix}AWD", CandidateId = Candidate.Id, ExhibitionId = Exhibition.Id, Title = "Prof.D", AwardedAt = At.AddDays(75), Credential = "{}", RevokedAt = At.AddDays(400), RevocationReason = "Test" };
        Mentorship = new Mentorship { Id = $"{prefix}MEN", CandidateId = Candidate.Id, MentorId = "unimelb:Teacher:01JABCDEFGHJKMNPQRSTVWXYZ2", StartedAt = At.AddDays(-180), EndedAt = At.AddDays(80) };
    }

    public School School { get; }
    public Teacher Teacher { get; }
    public Cohort Cohort { get; }
    public Candidate Candidate { get; }
    public ResearchProject Project { get; }
    public Exhibition Exhibition { get; }
    public Adjudication Adjudication { get; }
    public Award Award { get; }
    public Mentorship Mentorship { get; }

    public void AddTo(NodeDbContext db)
    {
        db.AddRange(School, Teacher, Cohort, Candidate, Project, Exhibition, Adjudication, Award, Mentorship);
    }
}
