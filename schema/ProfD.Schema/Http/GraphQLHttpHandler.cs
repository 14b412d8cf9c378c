using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProfD.Schema.Errors;

namespace ProfD.Schema.Http;

/// <summary>
/// Answers one HTTP request to the GraphQL endpoint: checks method, <c>Accept</c> and body, runs each GraphQL request
/// through GraphQL.NET and writes the result with the status code the GraphQL-over-HTTP spec asks for.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IGraphQLTextSerializer serializer,
    IDocumentBuilder documentBuilder,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLHttpRequestReader reader = new(serializer, options.Value);

    public async Task HandleAsync(HttpContext context)
    {
        var acceptable = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept);
        // Even a refusal needs a body; when the client accepts neither type it gets plain JSON with its 406.
        var mediaType = acceptable ?? GraphQLMediaTypes.Json;
        try
        {
            var isGet = HttpMethods.IsGet(context.Request.Method);
            if (!isGet && !HttpMethods.IsPost(context.Request.Method))
            {
                throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, "Send GraphQL requests with GET or POST.", "GET, POST");
            }
            if (acceptable is null)
            {
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status406NotAcceptable,
                    $"This server answers in {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}; the Accept header allows neither.");
            }

            if (isGet)
            {
                await HandleGetAsync(context, mediaType);
            }
            else
            {
                await HandlePostAsync(context, mediaType);
            }
        }
        catch (GraphQLHttpRequestException refusal)
        {
            logger.LogDebug("Refused a GraphQL request with {StatusCode}: {Reason}", refusal.StatusCode, refusal.Message);
            if (refusal.Allow is not null) context.Response.Headers.Allow = refusal.Allow;
            var error = new ExecutionError(refusal.Message) { Code = ErrorCodes.BadUserInput };
            await WriteAsync(context, refusal.StatusCode, mediaType, NotExecuted(error));
        }
    }

    private async Task HandleGetAsync(HttpContext context, string mediaType)
    {
        var result = await RunAsync(context, reader.ReadQueryString(context.Request.Query), queriesOnly: true);
        await WriteAsync(context, StatusCodeFor(result, mediaType), mediaType, result);
    }

    private async Task HandlePostAsync(HttpContext context, string mediaType)
    {
        var (requests, isBatch) = await reader.ReadBodyAsync(context.Request);
        if (!isBatch)
        {
            var result = await RunAsync(context, requests[0], queriesOnly: false);
            await WriteAsync(context, StatusCodeFor(result, mediaType), mediaType, result);
            return;
        }

        // One after another, in order: a batch may hold a mutation that later requests read back.
        var results = new ExecutionResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            results[i] = await RunAsync(context, requests[i], queriesOnly: false);
        }
        // Each result carries its own errors; the batch as a whole was well-formed, so it is a success.
        await WriteAsync(context, StatusCodes.Status200OK, mediaType, results);
    }

    /// <summary>
    /// Parses with the executer's own document builder (same parser settings) so the operation can be inspected, then
    /// hands the parsed document to the executer so it is not parsed twice.
    /// </summary>
    private async Task<ExecutionResult> RunAsync(HttpContext context, GraphQLRequest request, bool queriesOnly)
    {
        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(request.Query!);
        }
        catch (ExecutionError syntaxError)
        {
            return NotExecuted(syntaxError);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // The builder lets this one through, and the executer would report it as an internal error.
            return NotExecuted(new ExecutionError("Error parsing query: the document is nested too deeply.") { Code = ErrorCodes.ParseFailed });
        }

        if (queriesOnly && SelectOperation(document, request.OperationName)?.Operation == OperationType.Mutation)
        {
            // GET requests are cached, logged and sent cross-site without a preflight: they must not change anything.
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, "Send mutations with POST.", "POST");
        }
        return await ExecuteAsync(context, request, document);
    }

    private static ExecutionResult NotExecuted(ExecutionError error)
    {
        var result = new ExecutionResult();
        result.AddError(error);
        return result;
    }

    /// <summary>The operation the executer will run, or <see langword="null"/> when it cannot tell (then it reports why).</summary>
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(operation => operation.Name is { } name && name.StringValue == operationName);
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument document)
    {
        // Resolved per request, not injected: a server may register its schema (and so its executer) as scoped.
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
    }

    /// <summary>
    /// <c>application/json</c>: always 200 for a well-formed request. <c>application/graphql-response+json</c>: 200 once
    /// execution started (the body has <c>data</c>), otherwise 400 for a document that failed to parse or validate, or
    /// 500 when the server itself failed before executing.
    /// </summary>
    private static int StatusCodeFor(ExecutionResult result, string mediaType) =>
        mediaType == GraphQLMediaTypes.Json || result.Executed ? StatusCodes.Status200OK
        : result.Errors?.Any(error => error is UnhandledError) == true ? StatusCodes.Status500InternalServerError
        : StatusCodes.Status400BadRequest;

    private Task WriteAsync<T>(HttpContext context, int statusCode, string mediaType, T body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, body, context.RequestAborted);
    }
}
