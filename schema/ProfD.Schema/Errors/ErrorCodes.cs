namespace ProfD.Schema.Errors;

/// <summary>
/// The one list of <c>extensions.code</c> values that every ProfD server and the gateway put on GraphQL errors.
/// Clients may switch on these; they never change meaning.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An argument, variable or input field is malformed or breaks a rule; the message names the field.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The ID names nothing this server holds.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The caller is known but may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The operation needs a login and the request carried none (or an invalid one).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The request clashes with the current state (a duplicate, a transition that is not allowed).</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A node that holds part of the answer could not be reached; <c>extensions.institution</c> names it.</summary>
    public const string NodeUnavailable = "NODE_UNAVAILABLE";

    /// <summary>Something failed inside the server. Details are logged, never sent.</summary>
    public const string Internal = "INTERNAL";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document is valid syntax but does not fit the schema (an unknown field, a wrong argument).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The document is deeper or more complex than the server allows.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>Every code in this list.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        BadUserInput, NotFound, Forbidden, Unauthenticated, Conflict, NodeUnavailable, Internal,
        ParseFailed, ValidationFailed, QueryTooComplex,
    ];
}
