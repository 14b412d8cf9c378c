namespace ProfD.Trust.Tests.Access;

/// <summary>In the community a person acts only as themselves (<c>actingPerson</c> defaults to the caller) and sees only what they may read.</summary>
public sealed class ActingPersonTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private const string Spaces = "query($who: ID) { communitySpaces(actingPerson: $who) { name youFacilitate } }";

    [Fact]
    public async Task Naming_someone_else_as_the_acting_person_is_forbidden()
    {
        var body = await world.AsAsync(Callers.Header("person"), Spaces, new { who = Callers.SpaceFacilitatorId });

        Assert.Equal("FORBIDDEN", AccessWorld.Verdict(body));
    }

    [Fact]
    public async Task Leaving_out_or_naming_yourself_acts_as_the_caller()
    {
        var omitted = await world.AsAsync(Callers.Header("spaceFacilitator"), Spaces);
        var named = await world.AsAsync(Callers.Header("spaceFacilitator"), Spaces, new { who = Callers.SpaceFacilitatorId });

        Assert.All([omitted, named], body => Assert.True(body.GetProperty("data").GetProperty("communitySpaces")[0].GetProperty("youFacilitate").GetBoolean(), body.ToString()));
    }

    [Fact]
    public async Task An_anonymous_caller_naming_a_person_is_asked_to_log_in()
    {
        var body = await world.AsAsync(null, Spaces, new { who = Callers.PersonId });

        Assert.Equal("UNAUTHENTICATED", AccessWorld.Verdict(body));
    }

    [Fact]
    public async Task The_spaces_list_holds_only_what_the_caller_may_read()
    {
        var east = await world.AsAsync(Callers.Header("person"), "{ communitySpaces { name } }");
        var north = await world.AsAsync(Callers.Header("institutionAdmin"), "{ communitySpaces { name } }");

        Assert.Equal(["Staffroom"], Names(east));
        Assert.Equal(["North cohort", "Staffroom"], Names(north));
    }

    private static string[] Names(System.Text.Json.JsonElement body) =>
        [.. body.GetProperty("data").GetProperty("communitySpaces").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
}
