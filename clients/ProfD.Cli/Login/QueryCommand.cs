using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Login;

/// <summary>
/// <c>profd query</c>: runs one GraphQL document (given inline, as a file, or on standard input) against the gateway (or
/// any node) as the person <c>profd login</c> logged in, or anonymously with <c>--anonymous</c>, and prints the response
/// as JSON.
/// </summary>
internal sealed class QueryCommand : Command
{
    public const string DefaultEndpoint = "http://127.0.0.1:5104/graphql";

    private readonly Argument<string> _document = new("document")
    {
        Description = "The GraphQL document, a file that holds it (such as school.graphql), or '-' to read it from standard input.",
    };

    private readonly Option<string> _endpoint = new("--endpoint")
    {
        Description = $"The GraphQL endpoint. Default {DefaultEndpoint} (the demo's gateway).",
        HelpName = "URL",
        DefaultValueFactory = _ => DefaultEndpoint,
        Validators = { result => UrlOption.Validate(result, DefaultEndpoint) },
    };

    private readonly Option<string?> _variables = new("--variables")
    {
        Description = "The variables, as a JSON object.",
        HelpName = "JSON",
        Validators = { ValidateVariables },
    };

    private readonly Option<string[]> _var = new("--var")
    {
        Description = "A variable, as name=value; repeat for more. The value is JSON when it parses as JSON, else a string. Overrides --variables.",
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
        Validators = { QueryVariables.Validate },
    };

    private readonly Option<bool> _anonymous = new("--anonymous")
    {
        Description = "Send no access token, even when logged in.",
    };

    public QueryCommand()
        : base("query", "Run a GraphQL query or mutation as the logged-in person and print the JSON response; exit 1 if it has errors.")
    {
        Add(_document);
        Add(_endpoint);
        Add(_variables);
        Add(_var);
        Add(_anonymous);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var document = await ReadDocumentAsync(parsed.GetRequiredValue(_document), cancellationToken);
        var variables = QueryVariables.Combine(parsed.GetValue(_variables), parsed.GetValue(_var) ?? []);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, parsed.GetRequiredValue(_endpoint))
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = document, ["variables"] = variables }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (!parsed.GetValue(_anonymous))
        {
            var login = await new LoginSession(LoginStore.ForCurrentUser(), new DeviceFlowLogin(http, TimeProvider.System), TimeProvider.System)
                .CurrentAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
        }

        using var response = await SendAsync(http, request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? result;
        try
        {
            result = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw new CliFailure(ExitCodes.Failure, $"{request.RequestUri} answered {(int)response.StatusCode} without a GraphQL response.");
        }

        await parsed.InvocationConfiguration.Output.WriteLineAsync(result?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return result?["errors"] is JsonArray { Count: > 0 } ? ExitCodes.Failure : ExitCodes.Ok;
    }

    // An argument that names an existing file is the file: a document is never a bare path.
    private static async Task<string> ReadDocumentAsync(string argument, CancellationToken cancellationToken)
    {
        if (argument == "-") return await Console.In.ReadToEndAsync(cancellationToken);
        if (!File.Exists(argument)) return argument;
        try
        {
            return await File.ReadAllTextAsync(argument, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(ExitCodes.Failure, $"Could not read {argument}: {e.Message}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliFailure(ExitCodes.Failure, $"Could not reach {request.RequestUri}: {e.Message}");
        }
    }

    private static void ValidateVariables(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.Tokens.Count == 0) return;
        try
        {
            if (JsonNode.Parse(result.Tokens[^1].Value) is JsonObject) return;
        }
        catch (JsonException)
        {
        }
        result.AddError("--variables must be a JSON object, such as '{\"id\":\"uclioe:School:1\"}'.");
    }
}
