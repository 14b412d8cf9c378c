using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ProfD.Node.Tests.Access;

/// <summary>/media follows the exhibitions: a published one's files are anyone's, a draft's are its insiders'.</summary>
public sealed class MediaAccessTests : IAsyncLifetime
{
    private readonly AccessWorld world = new();
    private string published = "";
    private string draft = "";

    public async Task InitializeAsync()
    {
        await world.InitializeAsync();
        published = await UploadAsync(Caller.Member, "A published transcript.");
        draft = await UploadAsync(Caller.TheCandidate, "A draft transcript.");
        await world.Node.WithDatabaseAsync(async db =>
        {
            await db.MediaItems.Where(m => m.Id == "MI1").ExecuteUpdateAsync(m => m.SetProperty(i => i.Sha256, Key(draft)));
            db.Add(new ProfD.Node.Exhibitions.MediaItem { Id = "MP1", ExhibitionId = "EP", Position = 1, Kind = ProfD.Node.Exhibitions.MediaKind.Document, Caption = "Notes", Sha256 = Key(published), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => world.DisposeAsync();

    [Theory]
    [InlineData(Caller.Anonymous, HttpStatusCode.OK, HttpStatusCode.Unauthorized)]
    [InlineData(Caller.OtherInstitutionPerson, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Caller.Member, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Caller.TheCandidate, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(Caller.MentorElsewhere, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(Caller.Admin, HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task Downloads_follow_the_exhibition(Caller caller, HttpStatusCode publishedStatus, HttpStatusCode draftStatus)
    {
        using var client = world.ClientAs(caller);

        Assert.Equal(publishedStatus, (await client.GetAsync($"/media/{published}")).StatusCode);
        Assert.Equal(draftStatus, (await client.GetAsync($"/media/{draft}")).StatusCode);
    }

    [Theory]
    [InlineData(Caller.Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Caller.OtherInstitutionPerson, HttpStatusCode.Forbidden)]
    [InlineData(Caller.Harvester, HttpStatusCode.Forbidden)]
    public async Task Uploads_are_for_members(Caller caller, HttpStatusCode expected)
    {
        using var client = world.ClientAs(caller);

        var response = await client.PostAsync("/media", Text("Someone else's file."));

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<string> UploadAsync(Caller caller, string text)
    {
        using var client = world.ClientAs(caller);
        var response = await client.PostAsync("/media", Text(text));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static ByteArrayContent Text(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return content;
    }

    private static string Key(string mediaId) => mediaId[(mediaId.LastIndexOf(':') + 1)..];
}
