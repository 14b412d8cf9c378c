using System.Text.Json;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Cohorts;

/// <summary>updateCohort over <see cref="JourneyWorld"/> (cohort CO, with schools SA and SB); one subclass per engine.</summary>
public abstract class CohortMutationTests : NodeApiTestBase
{
    private const string Read = "query($id: ID!) { cohort(id: $id) { name intakeYear stage schools { id } } }";

    private static readonly string Cohort = IdOf("Cohort", "CO");

    private JourneyWorld world = null!;

    private protected CohortMutationTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        world = await JourneyWorld.SeedAsync(Database);
    }

    [Fact]
    public async Task A_change_is_stored_and_the_school_list_is_replaced()
    {
        var updated = (await QueryAsync(
            """mutation($id: ID!, $s: ID!) { updateCohort(id: $id, input: { name: " Gulu 2030 ", intakeYear: 2030, stage: EXHIBITING, schoolIds: [$s, $s] }) { name } }""",
            new { id = Cohort, s = world.SchoolB })).GetProperty("updateCohort");
        Assert.Equal("Gulu 2030", updated.GetProperty("name").GetString());

        var read = (await QueryAsync(Read, new { id = Cohort })).GetProperty("cohort");
        Assert.Equal("Gulu 2030", read.GetProperty("name").GetString());
        Assert.Equal(2030, read.GetProperty("intakeYear").GetInt32());
        Assert.Equal("EXHIBITING", read.GetProperty("stage").GetString());
        Assert.Equal([world.SchoolB], SchoolsOf(read));
    }

    [Fact]
    public async Task Fields_not_given_keep_their_values()
    {
        await QueryAsync("""mutation($id: ID!) { updateCohort(id: $id, input: { stage: COMPLETED }) { id } }""", new { id = Cohort });

        var read = (await QueryAsync(Read, new { id = Cohort })).GetProperty("cohort");
        Assert.Equal("COMPLETED", read.GetProperty("stage").GetString());
        Assert.Equal("Gulu and Mbarara 2029", read.GetProperty("name").GetString());
        Assert.Equal(2029, read.GetProperty("intakeYear").GetInt32());
        Assert.Equal([world.SchoolA, world.SchoolB], SchoolsOf(read));
    }

    [Theory]
    [InlineData("""intakeYear: 2031, name: " " """, "input.name")]
    [InlineData("""name: "Half", intakeYear: 1999 """, "input.intakeYear")]
    [InlineData("""name: "Half", stage: EXHIBITING, schoolIds: [] """, "input.schoolIds")]
    [InlineData("""name: "Half", schoolIds: ["journey:School:SA", "journey:School:NOPE"] """, "input.schoolIds")]
    [InlineData("""name: "Half", schoolIds: ["elsewhere:School:SA"] """, "input.schoolIds")]
    [InlineData("""name: "Half", schoolIds: ["journey:Teacher:TC"] """, "input.schoolIds")]
    public async Task A_bad_field_is_bad_user_input_naming_it_and_nothing_is_written(string input, string field)
    {
        // A later mutation in the same request saves the request's DbContext: it must not carry half of the failed one.
        var body = await Node.GraphQLAsync(
            $$"""mutation($id: ID!, $s: ID!) { failed: updateCohort(id: $id, input: { {{input}} }) { id } later: updateSchool(id: $s, input: { city: "Later" }) { id } }""",
            new { id = Cohort, s = world.SchoolA });

        var error = GraphQLErrors.Single(body);
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal(field, error.Field());
        var read = (await QueryAsync(Read, new { id = Cohort })).GetProperty("cohort");
        Assert.Equal("Gulu and Mbarara 2029", read.GetProperty("name").GetString());
        Assert.Equal(2029, read.GetProperty("intakeYear").GetInt32());
        Assert.Equal("RESEARCHING", read.GetProperty("stage").GetString());
        Assert.Equal([world.SchoolA, world.SchoolB], SchoolsOf(read));
        var later = await QueryAsync("query($s: ID!) { school(id: $s) { city } }", new { s = world.SchoolA });
        Assert.Equal("Later", later.GetProperty("school").GetProperty("city").GetString());
    }

    [Theory]
    [InlineData("journey:Cohort:NOPE")]
    [InlineData("elsewhere:Cohort:CO")]
    public async Task An_unknown_id_is_not_found(string id)
    {
        var error = await ErrorAsync("""mutation($id: ID!) { updateCohort(id: $id, input: { name: "Nowhere" }) { id } }""", new { id });

        Assert.Equal("NOT_FOUND", error.Code());
        await using var db = Database.CreateContext();
        Assert.DoesNotContain(db.Cohorts, c => c.Name == "Nowhere");
    }

    private static List<string> SchoolsOf(JsonElement cohort) =>
        [.. cohort.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
}

public sealed class SqliteCohortMutationTests() : CohortMutationTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCohortMutationTests(PostgresServer server) : CohortMutationTests(NodeDatabaseEngine.Postgres, server);
