using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Teachers;

/// <summary>updateTeacher over <see cref="JourneyWorld"/>; one subclass per engine.</summary>
public abstract class TeacherMutationTests : NodeApiTestBase
{
    private const string Read = "query($id: ID!) { teacher(id: $id) { givenName familyName languages subjects school { id } } }";

    private JourneyWorld world = null!;

    private protected TeacherMutationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    [Fact]
    public async Task A_change_is_stored_and_fields_not_given_keep_their_values()
    {
        var updated = (await QueryAsync(
            """mutation($id: ID!, $s: ID!) { updateTeacher(id: $id, input: { schoolId: $s, givenName: " Gracie ", subjects: ["science"] }) { givenName } }""",
            new { id = world.CandidateTeacher, s = world.SchoolB })).GetProperty("updateTeacher");
        Assert.Equal("Gracie", updated.GetProperty("givenName").GetString());

        var read = (await QueryAsync(Read, new { id = world.CandidateTeacher })).GetProperty("teacher");
        Assert.Equal("Gracie", read.GetProperty("givenName").GetString());
        Assert.Equal("Okello", read.GetProperty("familyName").GetString());
        Assert.Equal(["en"], read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["science"], read.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(world.SchoolB, read.GetProperty("school").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_new_email_is_stored_in_lower_case_and_one_another_teacher_has_is_a_conflict()
    {
        await QueryAsync("""mutation($id: ID!) { updateTeacher(id: $id, input: { email: "Grace.New@Example.UG" }) { id } }""", new { id = world.CandidateTeacher });
        await using (var db = Database.CreateContext())
            Assert.Equal("grace.new@example.ug", (await db.Teachers.FindAsync("TC"))!.Email);

        var error = await ErrorAsync("""mutation($id: ID!) { updateTeacher(id: $id, input: { email: "peter.obong@example.ug" }) { id } }""", new { id = world.CandidateTeacher });

        Assert.Equal("CONFLICT", error.Code());
        Assert.Equal("input.email", error.Field());
    }

    [Theory]
    [InlineData("""givenName: "Half", familyName: " " """, "input.familyName")]
    [InlineData("""familyName: "Half", givenName: "" """, "input.givenName")]
    [InlineData("""givenName: "Half", email: "not-an-email" """, "input.email")]
    [InlineData("""givenName: "Half", languages: ["en", " "] """, "input.languages")]
    [InlineData("""givenName: "Half", schoolId: "journey:School:NOPE" """, "input.schoolId")]
    [InlineData("""givenName: "Half", schoolId: "elsewhere:School:SA" """, "input.schoolId")]
    [InlineData("""givenName: "Half", schoolId: "journey:Cohort:CO" """, "input.schoolId")]
    public async Task A_bad_field_is_bad_user_input_naming_it_and_nothing_is_written(string input, string field)
    {
        // A later mutation in the same request saves the request's DbContext: it must not carry half of the failed one.
        var body = await Node.GraphQLAsync(
            $$"""mutation($id: ID!, $s: ID!) { failed: updateTeacher(id: $id, input: { {{input}} }) { id } later: updateSchool(id: $s, input: { city: "Later" }) { id } }""",
            new { id = world.CandidateTeacher, s = world.SchoolA });

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal(field, error.Field());
        await AssertUnchangedAsync();
        var later = await QueryAsync("query($s: ID!) { school(id: $s) { city } }", new { s = world.SchoolA });
        Assert.Equal("Later", later.GetProperty("school").GetProperty("city").GetString());
    }

    [Theory]
    [InlineData("journey:Teacher:NOPE")]
    [InlineData("elsewhere:Teacher:TC")]
    public async Task An_unknown_id_is_not_found(string id)
    {
        var error = await ErrorAsync("""mutation($id: ID!) { updateTeacher(id: $id, input: { givenName: "Nobody" }) { id } }""", new { id });

        Assert.Equal("NOT_FOUND", error.Code());
        await using var db = Database.CreateContext();
        Assert.DoesNotContain(db.Teachers, t => t.GivenName == "Nobody");
    }

    private async Task AssertUnchangedAsync()
    {
        var read = (await QueryAsync(Read, new { id = world.CandidateTeacher })).GetProperty("teacher");
        Assert.Equal("Grace", read.GetProperty("givenName").GetString());
        Assert.Equal("Okello", read.GetProperty("familyName").GetString());
        Assert.Equal(["en"], read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(world.SchoolA, read.GetProperty("school").GetProperty("id").GetString());
    }
}

public sealed class SqliteTeacherMutationTests() : TeacherMutationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTeacherMutationTests(PostgresServer server) : TeacherMutationTests(NodeDatabaseEngine.Postgres, server);
