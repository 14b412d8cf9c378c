using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using ProfD.Node.Data;
using ProfD.Node.Tests.Infrastructure;
using static ProfD.Node.Tests.Oai.OaiNames;

namespace ProfD.Node.Tests.Oai;

/// <summary>The OAI-PMH endpoint, verb by verb, parsed as XML, on one engine; subclasses pick SQLite or PostgreSQL.</summary>
public abstract class OaiPmhTests : EngineTestBase
{
    private readonly List<TestDatabase> extraDatabases = [];
    private OaiRepositoryFixture? repository;

    private protected OaiPmhTests(NodeDatabaseEngine engine, PostgresServer? server) : base(engine, server)
    {
    }

    private OaiRepositoryFixture Repository => repository!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        repository = await OaiRepositoryFixture.CreateAsync(Database.Connection.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (repository is not null) await repository.DisposeAsync();
        foreach (var database in extraDatabases) await database.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Identify_describes_the_repository()
    {
        var root = await Repository.GetAsync("verb=Identify");

        Assert.Equal("Identify", root.Element(OaiPmh + "request")!.Attribute("verb")?.Value);
        var identify = root.Element(OaiPmh + "Identify")!;
        Assert.Equal($"Test institution {Repository.Institution}: ProfD exhibitions", Text(identify, "repositoryName"));
        Assert.Equal("http://localhost/oai", Text(identify, "baseURL"));
        Assert.Equal("2.0", Text(identify, "protocolVersion"));
        Assert.Equal("admin@localhost", Text(identify, "adminEmail"));
        Assert.Equal("2026-03-01T09:00:00Z", Text(identify, "earliestDatestamp"));
        Assert.Equal("persistent", Text(identify, "deletedRecord"));
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", Text(identify, "granularity"));
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_for_the_repository_and_for_an_item()
    {
        foreach (var query in new[] { "verb=ListMetadataFormats", $"verb=ListMetadataFormats&identifier={Repository.OaiIdentifier(Repository.Published[0])}" })
        {
            var format = Assert.Single((await Repository.GetAsync(query)).Element(OaiPmh + "ListMetadataFormats")!.Elements(OaiPmh + "metadataFormat"));
            Assert.Equal("oai_dc", Text(format, "metadataPrefix"));
            Assert.Equal("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", Text(format, "schema"));
            Assert.Equal("http://www.openarchives.org/OAI/2.0/oai_dc/", Text(format, "metadataNamespace"));
        }
    }

    [Fact]
    public async Task ListSets_lists_a_set_per_theme_under_theme()
    {
        var sets = (await Repository.GetAsync("verb=ListSets")).Element(OaiPmh + "ListSets")!.Elements(OaiPmh + "set")
            .Select(s => (Text(s, "setSpec"), Text(s, "setName"))).ToList();

        Assert.Equal(
            [
                ("theme", "Exhibitions by research theme"),
                ("theme:assessment-for-learning", "Theme: assessment for learning"),
                ("theme:oracy", "Theme: oracy"),
            ],
            sets);
    }

    [Fact]
    public async Task ListIdentifiers_pages_through_resumption_tokens_returning_every_item_once_with_the_withdrawn_one_deleted()
    {
        var headers = new List<XElement>();
        var tokens = new List<XElement>();
        var root = await Repository.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        while (true)
        {
            var list = root.Element(OaiPmh + "ListIdentifiers")!;
            headers.AddRange(list.Elements(OaiPmh + "header"));
            var token = list.Element(OaiPmh + "resumptionToken");
            Assert.NotNull(token);
            tokens.Add(token);
            if (token.Value.Length == 0) break;
            Assert.True(tokens.Count < 10, "The list never ended.");
            root = await Repository.GetAsync($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token.Value)}");
            Assert.Equal(token.Value, root.Element(OaiPmh + "request")!.Attribute("resumptionToken")?.Value);
        }

        Assert.Equal([.. Repository.Published.Select(Repository.OaiIdentifier), Repository.OaiIdentifier(Repository.Withdrawn)], headers.Select(h => Text(h, "identifier")));
        Assert.Equal(["0", "3", "6"], tokens.Select(t => t.Attribute("cursor")?.Value));
        Assert.All(tokens, t => Assert.Equal("8", t.Attribute("completeListSize")?.Value));
        Assert.Equal([.. Enumerable.Repeat<string?>(null, 7), "deleted"], headers.Select(h => h.Attribute("status")?.Value));
        Assert.Equal(
            [.. Enumerable.Range(0, 7).Select(i => OaiRepositoryFixture.PublishedAt(i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)), "2026-03-01T17:00:00Z"],
            headers.Select(h => Text(h, "datestamp")));
        Assert.Equal(["theme", "theme:oracy"], headers[0].Elements(OaiPmh + "setSpec").Select(s => s.Value));
        Assert.Empty(headers[2].Elements(OaiPmh + "setSpec"));
    }

    [Fact]
    public async Task ListRecords_gives_dublin_core_for_published_exhibitions_and_no_metadata_for_deleted_ones()
    {
        var records = new List<XElement>();
        string? token = null;
        do
        {
            var root = await Repository.GetAsync(token is null ? "verb=ListRecords&metadataPrefix=oai_dc" : $"verb=ListRecords&resumptionToken={Uri.EscapeDataString(token)}");
            var list = root.Element(OaiPmh + "ListRecords")!;
            records.AddRange(list.Elements(OaiPmh + "record"));
            token = list.Element(OaiPmh + "resumptionToken")?.Value;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(8, records.Count);
        var dc = records[1].Element(OaiPmh + "metadata")!.Element(OaiDc + "dc")!;
        Assert.Equal("http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd", dc.Attribute(Xsi + "schemaLocation")?.Value);
        Assert.Equal(["Talk before writing P1"], Values(dc, "title"));
        Assert.Equal(["Teacher P100000, Ada"], Values(dc, "creator"));
        Assert.Equal(["assessment for learning", "oracy"], Values(dc, "subject"));
        Assert.Equal(["Pairs rehearse aloud, then write."], Values(dc, "description"));
        Assert.Equal([$"Test institution {Repository.Institution}"], Values(dc, "publisher"));
        Assert.Equal(["2025-06-02"], Values(dc, "date"));
        Assert.Equal(["InteractiveResource", "info:eu-repo/semantics/doctoralThesis"], Values(dc, "type"));
        Assert.Equal([$"{Repository.Institution}:Exhibition:{Repository.Published[1]}"], Values(dc, "identifier"));
        Assert.Equal(["en"], Values(dc, "language"));
        Assert.Equal(["https://creativecommons.org/licenses/by/4.0/", "CC-BY-4.0"], Values(dc, "rights"));

        var deleted = records[^1];
        Assert.Equal("deleted", deleted.Element(OaiPmh + "header")!.Attribute("status")?.Value);
        Assert.Null(deleted.Element(OaiPmh + "metadata"));
        Assert.All(records.SkipLast(1), r => Assert.NotNull(r.Element(OaiPmh + "metadata")));
    }

    [Fact]
    public async Task GetRecord_returns_a_published_exhibition_and_a_withdrawn_one_as_deleted()
    {
        var published = (await Repository.GetAsync($"verb=GetRecord&metadataPrefix=oai_dc&identifier={Repository.OaiIdentifier(Repository.Published[0])}"))
            .Element(OaiPmh + "GetRecord")!.Element(OaiPmh + "record")!;
        Assert.Equal(Repository.OaiIdentifier(Repository.Published[0]), Text(published.Element(OaiPmh + "header")!, "identifier"));
        Assert.Equal(["Talk before writing P0"], Values(published.Element(OaiPmh + "metadata")!.Element(OaiDc + "dc")!, "title"));

        var withdrawn = (await Repository.GetAsync($"verb=GetRecord&metadataPrefix=oai_dc&identifier={Repository.OaiIdentifier(Repository.Withdrawn)}"))
            .Element(OaiPmh + "GetRecord")!.Element(OaiPmh + "record")!;
        Assert.Equal("deleted", withdrawn.Element(OaiPmh + "header")!.Attribute("status")?.Value);
        Assert.Equal("2026-03-01T17:00:00Z", Text(withdrawn.Element(OaiPmh + "header")!, "datestamp"));
        Assert.Null(withdrawn.Element(OaiPmh + "metadata"));
    }

    [Fact]
    public async Task A_record_url_template_adds_the_public_page_as_a_second_identifier_and_a_base_url_replaces_the_request_address()
    {
        using var configured = Repository.App.WithWebHostBuilder(b => b
            .UseSetting("Oai:RecordUrlTemplate", "https://profd.example.org/exhibitions/{id}")
            .UseSetting("Oai:BaseUrl", "https://profd.example.org/oai"));
        var key = Repository.Published[0];

        var response = await configured.CreateClient().GetStringAsync($"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier={Repository.OaiIdentifier(key)}");

        var root = XDocument.Parse(response).Root!;
        Assert.Equal("https://profd.example.org/oai", root.Element(OaiPmh + "request")!.Value);
        var dc = root.Element(OaiPmh + "GetRecord")!.Element(OaiPmh + "record")!.Element(OaiPmh + "metadata")!.Element(OaiDc + "dc")!;
        Assert.Equal(
            [$"{Repository.Institution}:Exhibition:{key}", $"https://profd.example.org/exhibitions/{Repository.Institution}%3AExhibition%3A{key}"],
            Values(dc, "identifier"));
    }

    [Theory]
    [InlineData("from=2026-03-01T11:00:00Z&until=2026-03-01T13:00:00Z", new[] { 2, 3, 4 })]
    [InlineData("from=2026-03-01T14:00:00Z", new[] { 5, 6, 7 })]
    [InlineData("until=2026-03-01T09:59:59Z", new[] { 0 })]
    [InlineData("from=2026-03-01&until=2026-03-01", new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("set=theme:oracy", new[] { 0, 1, 3, 4, 6, 7 })]
    [InlineData("set=theme:assessment-for-learning", new[] { 1, 4 })]
    [InlineData("set=theme&from=2026-03-01T12:00:00Z", new[] { 3, 4, 6, 7 })]
    public async Task Selective_harvesting_by_datestamp_and_set_returns_exactly_the_matching_items(string arguments, int[] expected)
    {
        // Items 0-6 are P0-P6; 7 is the withdrawn exhibition, which keeps its themes as a deleted record.
        var items = Repository.Published.Append(Repository.Withdrawn).ToList();

        var identifiers = await HarvestIdentifiersAsync($"verb=ListIdentifiers&metadataPrefix=oai_dc&{arguments}");

        Assert.Equal(expected.Select(i => Repository.OaiIdentifier(items[i])), identifiers);
    }

    [Fact]
    public async Task An_item_changed_during_a_harvest_comes_again_at_the_end_and_nothing_is_missed()
    {
        var first = await Repository.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        var token = first.Element(OaiPmh + "ListIdentifiers")!.Element(OaiPmh + "resumptionToken")!.Value;
        await Repository.WithDatabaseAsync(async db =>
        {
            var exhibition = await db.Exhibitions.FindAsync(Repository.Published[0]);
            exhibition!.Title = "Talk before writing, revised";
            await db.SaveChangesAsync();
        });

        var rest = await HarvestIdentifiersAsync($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token)}");

        var seen = first.Element(OaiPmh + "ListIdentifiers")!.Elements(OaiPmh + "header").Select(h => Text(h, "identifier")).Concat(rest);
        Assert.Equal(
            [.. Repository.Published.Select(Repository.OaiIdentifier), Repository.OaiIdentifier(Repository.Withdrawn), Repository.OaiIdentifier(Repository.Published[0])],
            seen);
    }

    [Fact]
    public async Task A_page_costs_the_same_statements_for_3_and_100_records()
    {
        await using var large = await OaiRepositoryFixture.CreateAsync(await CreateSecondDatabaseAsync(), pageSize: 100);

        var small = await StatementsOfFirstPageAsync(Repository, expectedRecords: 3);
        var big = await StatementsOfFirstPageAsync(large, expectedRecords: 8);

        // The list size, the page of items, their exhibitions with their authors.
        Assert.Equal(3, small);
        Assert.Equal(small, big);
    }

    [Fact]
    public async Task POST_with_a_form_answers_like_GET_and_POST_of_anything_else_is_415()
    {
        var client = Repository.App.CreateClient();
        var form = await client.PostAsync("/oai", new FormUrlEncodedContent([new("verb", "GetRecord"), new("metadataPrefix", "oai_dc"), new("identifier", Repository.OaiIdentifier(Repository.Published[2]))]));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var record = XDocument.Parse(await form.Content.ReadAsStringAsync()).Root!.Element(OaiPmh + "GetRecord")!.Element(OaiPmh + "record")!;
        Assert.Equal(Repository.OaiIdentifier(Repository.Published[2]), Text(record.Element(OaiPmh + "header")!, "identifier"));

        var json = await client.PostAsync("/oai", new StringContent("{\"verb\":\"Identify\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Explode", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&colour=blue", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-01&until=2026-03-02T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-02&until=2026-03-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=theme:a%20b", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "badArgument")]
    public async Task Malformed_requests_are_badVerb_or_badArgument_with_a_bare_request_element(string query, string code)
    {
        var root = await Repository.GetAsync(query);

        Assert.Equal(code, root.Element(OaiPmh + "error")?.Attribute("code")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(OaiPmh + "error")!.Value));
        Assert.Empty(root.Element(OaiPmh + "request")!.Attributes());
    }

    [Theory]
    [InlineData("verb=ListRecords&resumptionToken=bm90LWEtdG9rZW4", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=anything", "badResumptionToken")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=marc21&identifier={published}", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier={draft}", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:othernode:Exhibition:01JD3V7Q2Y8K5M4N6P9R0S1T2V", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=not-an-identifier", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier={draft}", "idDoesNotExist")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2027-01-01", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&set=theme:knitting", "noRecordsMatch")]
    public async Task Requests_that_cannot_be_answered_get_their_error_code_and_an_echoed_request(string query, string code)
    {
        query = query.Replace("{published}", Repository.OaiIdentifier(Repository.Published[0]), StringComparison.Ordinal)
            .Replace("{draft}", Repository.OaiIdentifier(Repository.Draft), StringComparison.Ordinal);

        var root = await Repository.GetAsync(query);

        Assert.Equal(code, root.Element(OaiPmh + "error")?.Attribute("code")?.Value);
        Assert.Equal(query.Split('&')[0]["verb=".Length..], root.Element(OaiPmh + "request")!.Attribute("verb")?.Value);
    }

    [Fact]
    public async Task A_token_issued_for_ListIdentifiers_is_refused_by_ListRecords()
    {
        var token = (await Repository.GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc")).Element(OaiPmh + "ListIdentifiers")!.Element(OaiPmh + "resumptionToken")!.Value;

        var root = await Repository.GetAsync($"verb=ListRecords&resumptionToken={Uri.EscapeDataString(token)}");

        Assert.Equal("badResumptionToken", root.Element(OaiPmh + "error")?.Attribute("code")?.Value);
    }

    private async Task<List<string>> HarvestIdentifiersAsync(string firstQuery)
    {
        var identifiers = new List<string>();
        var query = firstQuery;
        for (var pages = 0; pages < 20; pages++)
        {
            var list = (await Repository.GetAsync(query)).Element(OaiPmh + "ListIdentifiers");
            Assert.NotNull(list);
            identifiers.AddRange(list.Elements(OaiPmh + "header").Select(h => Text(h, "identifier")));
            var token = list.Element(OaiPmh + "resumptionToken")?.Value;
            if (string.IsNullOrEmpty(token)) return identifiers;
            query = $"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token)}";
        }
        throw new Xunit.Sdk.XunitException("The list never ended.");
    }

    private static async Task<int> StatementsOfFirstPageAsync(OaiRepositoryFixture repository, int expectedRecords)
    {
        var counter = repository.App.Services.GetService(typeof(SqlStatementCounter)) as SqlStatementCounter;
        counter!.Reset();
        var root = await repository.GetAsync("verb=ListRecords&metadataPrefix=oai_dc");
        var statements = counter.Count;
        Assert.Equal(expectedRecords, root.Element(OaiPmh + "ListRecords")!.Elements(OaiPmh + "record").Count());
        return statements;
    }

    private async Task<string> CreateSecondDatabaseAsync()
    {
        var database = await CreateDatabaseAsync();
        extraDatabases.Add(database);
        return database.Connection.ConnectionString;
    }

    private static string Text(XElement parent, string name) => parent.Element(OaiPmh + name)?.Value ?? "";

    private static List<string> Values(XElement dc, string name) => [.. dc.Elements(Dc + name).Select(e => e.Value)];
}

public sealed class OaiPmhOnSqliteTests() : OaiPmhTests(NodeDatabaseEngine.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class OaiPmhOnPostgresTests(PostgresServer server) : OaiPmhTests(NodeDatabaseEngine.Postgres, server);
