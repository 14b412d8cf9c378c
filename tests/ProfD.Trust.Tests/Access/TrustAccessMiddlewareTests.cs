using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using ProfD.Schema.Errors;
using ProfD.Schema.Identity;
using ProfD.Trust.Access;

namespace ProfD.Trust.Tests.Access;

/// <summary>The middleware on a schema of its own: what has no rule is refused, whoever asks.</summary>
public sealed class TrustAccessMiddlewareTests
{
    [Theory]
    [InlineData("{ open }", null)]
    [InlineData("{ unruled }", ErrorCodes.Unauthenticated)]
    [InlineData("{ open closed { anything } }", ErrorCodes.Unauthenticated)]
    [InlineData("{ open shown { anything } }", null)]
    public async Task A_field_without_a_rule_on_a_root_or_an_unmarked_type_is_refused(string query, string? code)
    {
        var result = await ExecuteAsync(query, permitAll: false);

        Assert.Equal(code, result.Errors?.Select(e => (e.InnerException as AccessDeniedException)?.Code).Single());
    }

    [Fact]
    public async Task Permit_all_lets_everything_through()
    {
        var result = await ExecuteAsync("{ unruled closed { anything } }", permitAll: true);

        Assert.Null(result.Errors);
    }

    private static Task<ExecutionResult> ExecuteAsync(string query, bool permitAll)
    {
        var closed = new ObjectGraphType { Name = "Closed" };
        closed.Field<StringGraphType>("anything").Resolve(_ => "secret");
        var shown = new ObjectGraphType { Name = "Shown" };
        shown.Field<StringGraphType>("anything").Resolve(_ => "public");
        shown.MarkPublic();
        var root = new ObjectGraphType { Name = "Query" };
        root.Field<StringGraphType>("open").Resolve(_ => "hello").Allow(AccessRules.Anyone);
        root.Field<StringGraphType>("unruled").Resolve(_ => "hello");
        root.Field("closed", closed).Resolve(_ => new object()).Allow(AccessRules.Anyone);
        root.Field("shown", shown).Resolve(_ => new object()).Allow(AccessRules.Anyone);
        var schema = new GraphQL.Types.Schema { Query = root };
        schema.FieldMiddleware.Use(new TrustAccessMiddleware(new TrustAccessPolicy { PermitsEverything = permitAll }));
        return new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.User = null;
        });
    }
}
