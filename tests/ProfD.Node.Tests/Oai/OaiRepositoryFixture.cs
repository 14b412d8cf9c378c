using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Changes;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Oai;

/// <summary>
/// A node whose OAI-PMH repository holds, with a known datestamp each an hour apart from <see cref="Start"/>: seven
/// published exhibitions (P0…P6, themed in turn oracy, "assessment for learning", none), one published then withdrawn
/// (W), and one draft that never appears (D). Pages hold three items.
/// </summary>
internal sealed class OaiRepositoryFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly string[][] Themes = [["oracy"], ["assessment for learning", "oracy"], []];

    private OaiRepositoryFixture(NodeAppFactory node, WebApplicationFactory<Program> app, ManualClock clock)
    {
        Node = node;
        App = app;
        Clock = clock;
    }

    public NodeAppFactory Node { get; }

    public WebApplicationFactory<Program> App { get; }

    public ManualClock Clock { get; }

    public string Institution => Node.Institution;

    /// <summary>The keys of the published exhibitions, in the order they were published (P0 first).</summary>
    public List<string> Published { get; } = [];

    public string Withdrawn { get; private set; } = "";

    public string Draft { get; private set; } = "";

    /// <summary>When exhibition <c>P{i}</c> was published: <see cref="Start"/> plus i hours; W was withdrawn at +8 h.</summary>
    public static DateTimeOffset PublishedAt(int i) => Start.AddHours(i);

    public string OaiIdentifier(string key) => $"oai:{Institution}:Exhibition:{key}";

    public static async Task<OaiRepositoryFixture> CreateAsync(string database, int pageSize = 3)
    {
        var clock = new ManualClock(Start);
        var node = new NodeAppFactory(database: database);
        var app = node.WithWebHostBuilder(b =>
        {
            b.UseSetting("Oai:PageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        var fixture = new OaiRepositoryFixture(node, app, clock);
        await fixture.SeedAsync();
        return fixture;
    }

    private async Task SeedAsync()
    {
        await WithDatabaseAsync(async db =>
        {
            Draft = await FeedData.SeedDraftExhibitionAsync(db, "D");
            Withdrawn = await FeedData.SeedDraftExhibitionAsync(db, "W", ["oracy"]);
            for (var i = 0; i < 7; i++) Published.Add(await FeedData.SeedDraftExhibitionAsync(db, $"P{i}", Themes[i % 3]));
        });
        for (var i = 0; i < 7; i++)
        {
            if (i == 1) await WithDatabaseAsync(db => FeedData.SetStatusAsync(db, Withdrawn, ExhibitionStatus.Published));
            await WithDatabaseAsync(db => FeedData.SetStatusAsync(db, Published[i], ExhibitionStatus.Published));
            Clock.Advance(TimeSpan.FromHours(1));
        }
        Clock.Advance(TimeSpan.FromHours(1));
        await WithDatabaseAsync(db => FeedData.SetStatusAsync(db, Withdrawn, ExhibitionStatus.Withdrawn));
        Clock.Advance(TimeSpan.FromHours(1));
    }

    public async Task WithDatabaseAsync(Func<NodeDbContext, Task> work)
    {
        using var scope = App.Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<NodeDbContext>());
    }

    /// <summary>GETs <c>/oai?{query}</c> and parses the answer, checking the parts every answer has.</summary>
    public async Task<XElement> GetAsync(string query)
    {
        var response = await App.CreateClient().GetAsync($"/oai?{query}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(OaiNames.OaiPmh + "OAI-PMH", root.Name);
        Assert.Equal("http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd", root.Attribute(OaiNames.Xsi + "schemaLocation")?.Value);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), root.Element(OaiNames.OaiPmh + "responseDate")?.Value);
        Assert.Equal("http://localhost/oai", root.Element(OaiNames.OaiPmh + "request")?.Value);
        return root;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Node.DisposeAsync();
    }
}
