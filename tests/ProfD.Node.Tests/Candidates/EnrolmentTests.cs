using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Candidates;

/// <summary>Enrolment and the teacher and cohort input it depends on; one subclass per engine.</summary>
public abstract class EnrolmentTests : EngineTestBase
{
    private NodeAppFactory _node = null!;

    private protected EnrolmentTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _node = new NodeAppFactory(institution: "enrol", Database.Connection.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        _node.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_teacher_is_enrolled_in_a_cohort_of_their_school_and_moves_forward_through_the_stages()
    {
        var (teacher, cohort, _) = await SetUpAsync();

        var candidate = (await _node.QueryAsync(
            "mutation($t: ID!, $c: ID!) { enrolCandidate(input: { teacherId: $t, cohortId: $c }) { id stage teacher { familyName } cohort { intakeYear } } }",
            new { t = teacher, c = cohort })).GetProperty("enrolCandidate");
        Assert.Equal("ENROLLED", candidate.GetProperty("stage").GetString());
        Assert.Equal("Okello", candidate.GetProperty("teacher").GetProperty("familyName").GetString());
        Assert.Equal(2025, candidate.GetProperty("cohort").GetProperty("intakeYear").GetInt32());
        var id = candidate.GetProperty("id").GetString();

        var moved = await _node.QueryAsync("mutation($id: ID!) { updateEnrolment(id: $id, input: { stage: RESEARCHING }) { stage } }", new { id });
        Assert.Equal("RESEARCHING", moved.GetProperty("updateEnrolment").GetProperty("stage").GetString());

        var back = await _node.GraphQLAsync("mutation($id: ID!) { updateEnrolment(id: $id, input: { stage: ENROLLED }) { stage } }", new { id });
        Assert.Equal(["CONFLICT"], GraphQLErrors.Codes(back));
        var awarded = await _node.GraphQLAsync("mutation($id: ID!) { updateEnrolment(id: $id, input: { stage: AWARDED }) { stage } }", new { id });
        Assert.Equal(["CONFLICT"], GraphQLErrors.Codes(awarded));

        var listed = await _node.QueryAsync("query($c: ID!) { candidates(where: { cohort: { eq: $c }, stage: { eq: RESEARCHING } }) { totalCount } }", new { c = cohort });
        Assert.Equal(1, listed.GetProperty("candidates").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Enrolling_twice_is_a_conflict_and_enrolling_outside_the_cohorts_schools_is_refused()
    {
        var (teacher, cohort, otherCohort) = await SetUpAsync();
        await _node.QueryAsync("mutation($t: ID!, $c: ID!) { enrolCandidate(input: { teacherId: $t, cohortId: $c }) { id } }", new { t = teacher, c = cohort });

        var twice = await _node.GraphQLAsync("mutation($t: ID!, $c: ID!) { enrolCandidate(input: { teacherId: $t, cohortId: $c }) { id } }", new { t = teacher, c = cohort });
        Assert.Equal(["CONFLICT"], GraphQLErrors.Codes(twice));

        var wrongSchool = await _node.GraphQLAsync("mutation($t: ID!, $c: ID!) { enrolCandidate(input: { teacherId: $t, cohortId: $c }) { id } }", new { t = teacher, c = otherCohort });
        var error = GraphQLErrors.Single(wrongSchool);
        Assert.Equal("input.cohortId", error.GetProperty("extensions").GetProperty("field").GetString());

        var elsewhere = await _node.GraphQLAsync("mutation($c: ID!) { enrolCandidate(input: { teacherId: \"uclioe:Teacher:ABC\", cohortId: $c }) { id } }", new { c = cohort });
        Assert.Equal(["BAD_USER_INPUT"], GraphQLErrors.Codes(elsewhere));

        var total = await _node.QueryAsync("{ candidates { totalCount } }");
        Assert.Equal(1, total.GetProperty("candidates").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Teacher_input_is_validated_and_emails_are_unique()
    {
        var (_, _, _) = await SetUpAsync();
        var school = (await _node.QueryAsync("{ schools(first: 1) { nodes { id } } }")).GetProperty("schools").GetProperty("nodes")[0].GetProperty("id").GetString();

        var badEmail = await _node.GraphQLAsync("mutation($s: ID!) { createTeacher(input: { schoolId: $s, givenName: \"A\", familyName: \"B\", email: \"not-an-email\" }) { id } }", new { s = school });
        Assert.Equal("input.email", GraphQLErrors.Single(badEmail).GetProperty("extensions").GetProperty("field").GetString());

        var duplicate = await _node.GraphQLAsync("mutation($s: ID!) { createTeacher(input: { schoolId: $s, givenName: \"A\", familyName: \"B\", email: \"Grace.Okello@example.ug\" }) { id } }", new { s = school });
        Assert.Equal(["CONFLICT"], GraphQLErrors.Codes(duplicate));

        var noSchool = await _node.GraphQLAsync("mutation { createTeacher(input: { schoolId: \"enrol:School:NOPE\", givenName: \"A\", familyName: \"B\", email: \"a@b.org\" }) { id } }");
        Assert.Equal("input.schoolId", GraphQLErrors.Single(noSchool).GetProperty("extensions").GetProperty("field").GetString());

        var badYear = await _node.GraphQLAsync("mutation($s: ID!) { createCohort(input: { name: \"C\", intakeYear: 1850, schoolIds: [$s] }) { id } }", new { s = school });
        Assert.Equal("input.intakeYear", GraphQLErrors.Single(badYear).GetProperty("extensions").GetProperty("field").GetString());
    }

    private async Task<(string Teacher, string Cohort, string OtherCohort)> SetUpAsync()
    {
        var school = (await _node.QueryAsync("mutation { createSchool(input: { name: \"Gulu High\", nation: \"UG\", economy: DEVELOPING, city: \"Gulu\" }) { id } }"))
            .GetProperty("createSchool").GetProperty("id").GetString()!;
        var other = (await _node.QueryAsync("mutation { createSchool(input: { name: \"Mbarara Primary\", nation: \"UG\", economy: DEVELOPING }) { id } }"))
            .GetProperty("createSchool").GetProperty("id").GetString()!;
        var teacher = (await _node.QueryAsync(
            "mutation($s: ID!) { createTeacher(input: { schoolId: $s, givenName: \"Grace\", familyName: \"Okello\", email: \"grace.okello@example.ug\", languages: [\"en\", \"lg\"] }) { id school { name } } }",
            new { s = school })).GetProperty("createTeacher");
        Assert.Equal("Gulu High", teacher.GetProperty("school").GetProperty("name").GetString());
        var cohort = (await _node.QueryAsync("mutation($s: ID!) { createCohort(input: { name: \"Gulu 2025\", intakeYear: 2025, schoolIds: [$s] }) { id schools { name } } }", new { s = school }))
            .GetProperty("createCohort");
        Assert.Equal("Gulu High", cohort.GetProperty("schools")[0].GetProperty("name").GetString());
        var otherCohort = (await _node.QueryAsync("mutation($s: ID!) { createCohort(input: { name: \"Mbarara 2025\", intakeYear: 2025, schoolIds: [$s] }) { id } }", new { s = other }))
            .GetProperty("createCohort").GetProperty("id").GetString()!;
        return (teacher.GetProperty("id").GetString()!, cohort.GetProperty("id").GetString()!, otherCohort);
    }
}

public sealed class SqliteEnrolmentTests() : EnrolmentTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEnrolmentTests(PostgresServer server) : EnrolmentTests(NodeDatabaseEngine.Postgres, server);
