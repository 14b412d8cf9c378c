using System.Net;
using System.Text;
using ProfD.Client.Auth;
using ProfD.Client.Errors;
using ProfD.Client.Operations;

namespace ProfD.Client.Tests;

public sealed class ProfDClientTests
{
    private const string SchoolsAnswer = """{"data":{"schools":{"totalCount":1,"pageInfo":{"hasNextPage":false,"endCursor":"c1"},"nodes":[{"id":"x:School:1","name":"One","nation":"GB","economy":"DEVELOPED","city":null}]}}}""";

    [Fact]
    public async Task A_query_is_retried_after_transient_failures_and_then_succeeds()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.BadGateway), Json(SchoolsAnswer));
        var client = ClientFor(handler);

        var result = await client.ExecuteAsync(ProfDOperations.Schools, new SchoolsVariables(First: 5), CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("One", Assert.Single(result.Data!.Schools.Nodes).Name);
    }

    [Fact]
    public async Task A_mutation_is_never_retried()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), Json("""{"data":{"createSchool":{"id":"x:School:1","name":"One","nation":"GB","economy":"DEVELOPED"}}}"""));
        var client = ClientFor(handler);

        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() =>
            client.ExecuteAsync(ProfDOperations.CreateSchool, new CreateSchoolVariables(new SchoolInput("One", "GB", "DEVELOPED")), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Errors_without_data_throw_with_their_codes_and_partial_answers_keep_both()
    {
        var failing = ClientFor(new ScriptedHandler(Json("""{"errors":[{"message":"'first' must be between 0 and 100; it was 500.","extensions":{"code":"BAD_USER_INPUT","field":"first"}}]}""")));
        var error = await Assert.ThrowsAsync<ProfDGraphQLException>(() => failing.ExecuteAsync(ProfDOperations.Schools, new SchoolsVariables(First: 500), CancellationToken.None));
        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Equal("first", error.Errors[0].Field);

        var partial = ClientFor(new ScriptedHandler(Json(SchoolsAnswer[..^1] + ""","errors":[{"message":"makerere is unavailable","path":["schools"],"extensions":{"code":"NODE_UNAVAILABLE","institution":"makerere"}}]}""")));
        var result = await partial.ExecuteAsync(ProfDOperations.Schools, new SchoolsVariables(), CancellationToken.None);
        Assert.Single(result.Data!.Schools.Nodes);
        Assert.Equal("makerere", Assert.Single(result.Errors).Institution);
    }

    [Fact]
    public async Task The_token_provider_supplies_the_bearer_token_and_the_body_names_the_operation()
    {
        var handler = new ScriptedHandler(Json(SchoolsAnswer));
        var client = new ProfDClient(new HttpClient(handler), new ProfDClientOptions { Endpoint = new Uri("http://gateway.test/graphql") }, new StaticAccessTokenProvider("abc.def.ghi"));

        await client.ExecuteAsync(ProfDOperations.Schools, new SchoolsVariables(Nation: "UG"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer abc.def.ghi", request.Authorization);
        Assert.Contains("\"operationName\":\"Schools\"", request.Body);
        Assert.Contains("\"variables\":{\"nation\":\"UG\"}", request.Body);
    }

    [Fact]
    public async Task A_cancelled_call_stops_without_retrying()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), Json(SchoolsAnswer));
        var client = ClientFor(handler);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ExecuteAsync(ProfDOperations.Schools, new SchoolsVariables(), cancelled.Token));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Options_without_an_absolute_endpoint_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ProfDClient(new HttpClient(), new ProfDClientOptions { Endpoint = new Uri("/graphql", UriKind.Relative) }));
        Assert.Contains("Endpoint", error.Message);
    }

    private static ProfDClient ClientFor(HttpMessageHandler handler) =>
        new(new HttpClient(handler), new ProfDClientOptions { Endpoint = new Uri("http://gateway.test/graphql"), RetryDelay = TimeSpan.Zero });

    private static Func<HttpResponseMessage> Status(HttpStatusCode status) => () => new HttpResponseMessage(status);

    private static Func<HttpResponseMessage> Json(string body) => () => new HttpResponseMessage(HttpStatusCode.OK)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/graphql-response+json"),
    };

    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] responses) : HttpMessageHandler
    {
        private int _next;

        public List<(string? Authorization, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Requests.Add((request.Headers.Authorization?.ToString(), await request.Content!.ReadAsStringAsync(cancellationToken)));
            return responses[Math.Min(_next++, responses.Length - 1)]();
        }
    }
}
