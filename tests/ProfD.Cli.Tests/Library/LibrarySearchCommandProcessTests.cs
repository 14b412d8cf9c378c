using System.Text.Json;
using System.Text.RegularExpressions;
using ProfD.Cli.Library;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Library;

/// <summary><c>profd library search</c> as a real process against the demo federation's gateway, anonymously.</summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed class LibrarySearchCommandProcessTests(DemoFederationProcess demo) : IDisposable
{
    private readonly TempDirectory _home = new();

    [Fact]
    public async Task Prints_the_hits_and_every_facet_with_its_count_as_tables()
    {
        await GatewayReadiness.WaitForLibraryAsync(demo);
        var expected = await LibraryAsync("learning", 3);

        using var profd = await ProfdProcess.RunAsync(_home.Path, "library", "search", "learning", "--gateway", demo.Gateway, "--first", "3");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var lines = profd.StandardOutput.ReplaceLineEndings("\n").Split('\n');
        var total = expected.GetProperty("totalCount").GetInt32();
        Assert.True(total > 3, $"The demo library should hold more than 3 exhibitions about learning.\n{expected}");
        Assert.Equal($"{total} exhibitions match \"learning\"; the first 3:", lines[0]);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^TITLE\s+INSTITUTION\s+NATION\s+YEAR\s+ID$"));
        foreach (var edge in expected.GetProperty("edges").EnumerateArray())
        {
            var record = edge.GetProperty("node").GetProperty("library");
            var row = $@"^{Regex.Escape(record.GetProperty("title").GetString()!)}\s+{record.GetProperty("homeInstitution").GetString()}\s+"
                + $@"{record.GetProperty("nation").GetString()}\s+{record.GetProperty("publishedAt").GetString()![..4]}\s+{Regex.Escape(edge.GetProperty("node").GetProperty("id").GetString()!)}$";
            Assert.Contains(lines, l => Regex.IsMatch(l, row));
        }
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^FACET\s+VALUE\s+COUNT$"));
        foreach (var facet in new[] { "institution", "nation", "year" })
        {
            var values = expected.GetProperty("facets").GetProperty(facet).EnumerateArray().ToList();
            Assert.NotEmpty(values);
            foreach (var value in values)
                Assert.Contains(lines, l => Regex.IsMatch(l, $@"^{facet}\s+{Regex.Escape(value.GetProperty("value").GetString()!)}\s+{value.GetProperty("count").GetInt32()}$"));
        }
    }

    [Fact]
    public async Task Json_prints_the_library_data_as_the_gateway_gave_it()
    {
        await GatewayReadiness.WaitForLibraryAsync(demo);
        var expected = await LibraryAsync("learning", 2);

        using var profd = await ProfdProcess.RunAsync(_home.Path, "library", "search", "learning", "--gateway", demo.Gateway, "--first", "2", "--json");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var library = JsonDocument.Parse(profd.StandardOutput).RootElement;
        Assert.Equal(expected.GetProperty("totalCount").GetInt32(), library.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            expected.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()),
            library.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task First_beyond_100_is_a_usage_error()
    {
        using var profd = await ProfdProcess.RunAsync(_home.Path, "library", "search", "x", "--first", "101");

        Assert.Equal(2, profd.ExitCode);
        Assert.Contains("--first 101 must be between 0 and 100", profd.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _home.Dispose();

    private async Task<JsonElement> LibraryAsync(string search, int first)
    {
        var response = await demo.GatewayAsync(LibrarySearchCommand.Document, null, new { search, first });
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        return response.GetProperty("data").GetProperty("library");
    }
}
