using System.Text;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Schema.Ids;

namespace ProfD.Node.Demo;

/// <summary>Makes one node's demo rows from its <see cref="DemoInstitution"/> and the shared <see cref="DemoShape"/>.</summary>
internal sealed partial class DemoDataBuilder(DemoInstitution institution, DateTime now)
{
    private static readonly string[] Subjects =
    [
        "mathematics", "English", "science", "history", "geography", "computing",
        "art", "music", "physical education", "religious education", "modern languages", "early years",
    ];

    private readonly string code = institution.Code;

    /// <summary>The other nodes whose demo records this node refers to: the demo institutions other than this one.</summary>
    private readonly string[] others = DemoInstitutions.Codes.Where(c => c != institution.Code).Take(2).ToArray();

    // Later parts refer to earlier ones (an exhibition's frozen document names its author and its project's links).
    private List<Teacher> teachers = [];
    private List<ResearchProject> projects = [];

    public DemoDataSet Build()
    {
        var schools = BuildSchools();
        teachers = BuildTeachers();
        var cohorts = BuildCohorts();
        var candidates = BuildCandidates();
        projects = BuildProjects();
        var exhibitions = BuildExhibitions();
        var adjudications = BuildAdjudications();
        var awards = BuildAwards();
        var mentorships = BuildMentorships();
        var comments = BuildMentorComments(mentorships, exhibitions);
        return new DemoDataSet(schools, teachers, cohorts, candidates, projects, exhibitions, adjudications, awards, mentorships, comments);
    }

    private List<School> BuildSchools() =>
        institution.Schools.Select((s, i) => new School
        {
            Id = Key("School", i),
            Name = s.Name,
            Nation = s.Nation,
            Economy = s.Economy,
            City = s.City,
            CreatedAt = At(new DateTime(2021, 9, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i)),
            UpdatedAt = At(new DateTime(2021, 9, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i)),
        }).ToList();

    private List<Teacher> BuildTeachers()
    {
        var teachers = new List<Teacher>();
        for (var i = 0; i < DemoShape.TeacherCount; i++)
        {
            var schoolIndex = DemoShape.SchoolOf(i);
            var school = institution.Schools[schoolIndex];
            var people = school.People;
            var rank = i / DemoShape.SchoolCount;
            var given = people.GivenNames[(rank * 3 + schoolIndex) % people.GivenNames.Length];
            var family = people.FamilyNames[(rank * 5 + schoolIndex * 2) % people.FamilyNames.Length];
            var local = people.Languages[(i + rank) % people.Languages.Length];
            List<string> languages = school.Economy == Economy.Developing ? [local, "en"] : rank % 2 == 1 ? ["en", local] : ["en"];
            var created = At(new DateTime(2021, 10, 1, 8, 0, 0, DateTimeKind.Utc).AddHours(i * 7));
            teachers.Add(new Teacher
            {
                Id = Key("Teacher", i),
                GivenName = given,
                FamilyName = family,
                Email = $"{EmailPart(given)}.{EmailPart(family)}@{school.EmailDomain}",
                SchoolId = Key("School", schoolIndex),
                Languages = languages,
                Subjects = [Subjects[i % Subjects.Length], Subjects[(i * 5 + 3) % Subjects.Length]],
                // The senior teachers are the pool mentors come from; they keep a public mentor profile.
                OffersMentoring = DemoShape.Seniors.Contains(i),
                MentorCapacity = DemoShape.Seniors.Contains(i) ? 1 + i % 3 : null,
                Bio = DemoShape.Seniors.Contains(i)
                    ? $"Teaches {Subjects[i % Subjects.Length]} at {school.Name}, {school.City}; has led practitioner enquiry in the school for several years and mentors teachers in other schools."
                    : null,
                CreatedAt = created,
                UpdatedAt = created,
            });
        }
        return teachers;
    }

    private List<Cohort> BuildCohorts() =>
        DemoShape.Cohorts.Select((c, i) => new Cohort
        {
            Id = Key("Cohort", i),
            Name = $"{institution.Name}: {c.Label}",
            IntakeYear = c.IntakeYear,
            Stage = c.Stage,
            Schools = c.Schools.Select(s => new CohortSchool { CohortId = Key("Cohort", i), SchoolId = Key("School", s) }).ToList(),
            CreatedAt = At(CohortStart(i).AddMonths(-3)),
            UpdatedAt = At(CohortStart(i).AddMonths(-3)),
        }).ToList();

    private List<Candidate> BuildCandidates() =>
        DemoShape.Candidates.Select(c => new Candidate
        {
            Id = Key("Candidate", c.Index),
            TeacherId = Key("Teacher", c.Teacher),
            CohortId = Key("Cohort", c.Cohort),
            Stage = c.Stage,
            EnrolledAt = At(EnrolledAt(c)),
            CreatedAt = At(EnrolledAt(c).AddDays(-14)),
            UpdatedAt = At(StageChangedAt(c)),
        }).ToList();

    private List<Mentorship> BuildMentorships()
    {
        var mentorships = new List<Mentorship>();
        foreach (var c in DemoShape.Candidates)
        {
            // Every third candidate is mentored from another node; the rest by a senior teacher at another school here.
            var mentor = c.Index % 3 == 0
                ? GlobalId.Create(others[c.Index % others.Length], "Teacher", DemoData.KeyOf(others[c.Index % others.Length], "Teacher", Senior(c.Index * 3, avoidSchool: -1))).ToString()
                : GlobalId.Create(code, "Teacher", Key("Teacher", MentorOf(c))).ToString();
            mentorships.Add(new Mentorship
            {
                Id = Key("Mentorship", c.Index),
                CandidateId = Key("Candidate", c.Index),
                MentorId = mentor,
                StartedAt = At(EnrolledAt(c).AddMonths(1)),
                EndedAt = c.Stage is CandidateStage.Awarded or CandidateStage.Withdrawn ? At(StageChangedAt(c)) : null,
            });
        }
        return mentorships;
    }

    /// <summary>The local mentor of a candidate: a senior teacher at a different school.</summary>
    private static int MentorOf(CandidateSlot c) => Senior(c.Index * 3, avoidSchool: c.School);

    /// <summary>
    /// The senior teacher at position <paramref name="seed"/> (wrapping), skipping those at <paramref name="avoidSchool"/>
    /// and the <paramref name="avoidTeachers"/>.
    /// </summary>
    private static int Senior(int seed, int avoidSchool, params int[] avoidTeachers)
    {
        var seniors = DemoShape.Seniors;
        for (var step = 0; step < seniors.Count; step++)
        {
            var teacher = seniors[(seed + step) % seniors.Count];
            if (DemoShape.SchoolOf(teacher) != avoidSchool && !avoidTeachers.Contains(teacher)) return teacher;
        }
        throw new InvalidOperationException("No senior demo teacher fits.");
    }

    private string Key(string type, int index) => DemoData.KeyOf(code, type, index);

    private string GlobalIdOf(string type, int index) => GlobalId.Create(code, type, Key(type, index)).ToString();

    /// <summary>A date as given, or now if it would be in the future (a clock set in the past still gets sensible data).</summary>
    private DateTime At(DateTime date) => date <= now ? date : now;

    private static DateTime CohortStart(int cohort)
    {
        var slot = DemoShape.Cohorts[cohort];
        var month = slot.Label.StartsWith("January", StringComparison.Ordinal) ? 1 : 9;
        return new DateTime(slot.IntakeYear, month, 15, 9, 0, 0, DateTimeKind.Utc);
    }

    private static DateTime EnrolledAt(CandidateSlot c) => CohortStart(c.Cohort).AddDays(c.Index % 5).AddHours(c.Index);

    private static DateTime StageChangedAt(CandidateSlot c) => c.Stage switch
    {
        CandidateStage.Enrolled => EnrolledAt(c),
        CandidateStage.Researching => EnrolledAt(c).AddMonths(4),
        // A candidate whose exhibition failed leaves when the decision is confirmed.
        CandidateStage.Withdrawn when c.Exhibition is not null => DecidedAt(c),
        CandidateStage.Withdrawn => EnrolledAt(c).AddMonths(14),
        CandidateStage.Exhibiting => new DateTime(c.ExhibitionYear, 1, 20, 10, 0, 0, DateTimeKind.Utc).AddDays(c.Index),
        _ => AwardedAt(c),
    };

    private static string EmailPart(string name)
    {
        var part = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z') part.Append(ch);
        }
        return part.ToString();
    }
}
