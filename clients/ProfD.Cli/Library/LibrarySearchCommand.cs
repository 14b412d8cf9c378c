using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Library;

/// <summary>
/// <c>profd library search TEXT</c>: the library's full-text search through the gateway, the hits as a table (title,
/// institution, nation, year, ID) and the facets with their counts, or the raw data with <c>--json</c>.
/// </summary>
internal sealed class LibrarySearchCommand : Command
{
    public const string Document = """
        query LibrarySearch($search: String, $first: Int) {
          library(search: $search, first: $first) {
            totalCount
            edges { score node { id library { title homeInstitution nation publishedAt authorName } } }
            facets {
              institution { value count }
              nation { value count }
              year { value count }
              theme { value count }
              mediaKind { value count }
              language { value count }
            }
          }
        }
        """;

    private readonly Argument<string> _text = new("text")
    {
        Description = "Words to find in the title, abstract, themes and findings; all must match. Use \"\" for every exhibition, newest first.",
    };

    private readonly Option<string> _gateway = GatewayAddress.Option();

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the library's data as JSON for scripts instead of tables.",
    };

    private readonly Option<int> _first = new("--first")
    {
        Description = "How many hits: 0 to 100. Default 20.",
        HelpName = "N",
        DefaultValueFactory = _ => 20,
        Validators =
        {
            result =>
            {
                if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var n) && n is < 0 or > 100)
                    result.AddError($"--first {n} must be between 0 and 100.");
            },
        },
    };

    public LibrarySearchCommand()
        : base("search", "Search the library: the hits (title, institution, nation, year) and the facets with their counts; exit 1 on errors.")
    {
        Add(_text);
        Add(_gateway);
        Add(_json);
        Add(_first);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var gateway = GatewayAddress.Parse(parsed.GetRequiredValue(_gateway));
        var text = parsed.GetRequiredValue(_text).Trim();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var variables = new JsonObject { ["search"] = text.Length == 0 ? null : text, ["first"] = parsed.GetValue(_first) };
        var answer = await GraphQLCall.PostAsync(http, gateway.GraphQL, Document, variables, cancellationToken);
        var library = answer.RequireData(gateway.GraphQL)["library"] as JsonObject
            ?? throw new CliFailure(ExitCodes.Failure, $"{gateway.GraphQL}: {answer.ErrorLine}");

        var output = parsed.InvocationConfiguration.Output;
        if (parsed.GetValue(_json)) await output.WriteLineAsync(library.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        else await output.WriteAsync(LibraryTables.Render(text, library));

        if (answer.Errors.Count == 0) return ExitCodes.Ok;
        await parsed.InvocationConfiguration.Error.WriteLineAsync($"profd: {answer.ErrorLine}");
        return ExitCodes.Failure;
    }
}
