using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Data;
using ProfD.Node.Media;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// The smallest world a journey needs, written straight to the database: two schools in one cohort; a candidate
/// (Grace, RESEARCHING) and a colleague at the first school; a mentor and two possible adjudicators at the second.
/// </summary>
internal sealed class JourneyWorld
{
    private static readonly DateTime Epoch = new(2029, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    public string SchoolA => NodeApiTestBase.IdOf("School", "SA");
    public string SchoolB => NodeApiTestBase.IdOf("School", "SB");
    public string CandidateTeacher => NodeApiTestBase.IdOf("Teacher", "TC");
    public string Colleague => NodeApiTestBase.IdOf("Teacher", "TS");
    public string Mentor => NodeApiTestBase.IdOf("Teacher", "TM");
    public string Adjudicator => NodeApiTestBase.IdOf("Teacher", "TJ");
    public string SecondAdjudicator => NodeApiTestBase.IdOf("Teacher", "TK");
    public string Candidate => NodeApiTestBase.IdOf("Candidate", "KC");
    public string EnrolledCandidate => NodeApiTestBase.IdOf("Candidate", "KE");

    /// <summary>An adjudicator at another node: its ID is well-formed; this node cannot see more of them.</summary>
    public string ExternalAdjudicator => "elsewhere:Teacher:EXT1";

    public static async Task<JourneyWorld> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        db.Add(new School { Id = "SA", Name = "Gulu High School", Nation = "UG", Economy = Economy.Developing, City = "Gulu", CreatedAt = Epoch, UpdatedAt = Epoch });
        db.Add(new School { Id = "SB", Name = "Mbarara Primary School", Nation = "UG", Economy = Economy.Developing, City = "Mbarara", CreatedAt = Epoch, UpdatedAt = Epoch });
        Teacher("TC", "Grace", "Okello", "SA");
        Teacher("TS", "Peter", "Obong", "SA");
        Teacher("TE", "Ruth", "Akello", "SB");
        Teacher("TM", "Sarah", "Namutebi", "SB");
        Teacher("TJ", "John", "Mugisha", "SB");
        Teacher("TK", "Esther", "Nansubuga", "SB");
        db.Add(new Cohort
        {
            Id = "CO", Name = "Gulu and Mbarara 2029", IntakeYear = 2029, Stage = CohortStage.Researching, CreatedAt = Epoch, UpdatedAt = Epoch,
            Schools = [new CohortSchool { CohortId = "CO", SchoolId = "SA" }, new CohortSchool { CohortId = "CO", SchoolId = "SB" }],
        });
        // The upload the journey's image attaches (JourneyDriver.MediaId('a')), as POST /media would have recorded it.
        db.Add(new MediaBlob { Sha256 = new string('a', 64), SizeBytes = 48_213, ContentType = "image/png", CreatedAt = Epoch });
        db.Add(new Candidate { Id = "KC", TeacherId = "TC", CohortId = "CO", Stage = CandidateStage.Researching, EnrolledAt = Epoch, CreatedAt = Epoch, UpdatedAt = Epoch });
        db.Add(new Candidate { Id = "KE", TeacherId = "TE", CohortId = "CO", Stage = CandidateStage.Enrolled, EnrolledAt = Epoch, CreatedAt = Epoch, UpdatedAt = Epoch });
        await db.SaveChangesAsync();
        return new JourneyWorld();

        void Teacher(string key, string given, string family, string school) => db.Add(new Teacher
        {
            Id = key, GivenName = given, FamilyName = family, Email = $"{given}.{family}@example.ug".ToLowerInvariant(), SchoolId = school,
            Languages = ["en"], CreatedAt = Epoch, UpdatedAt = Epoch,
        });
    }
}
