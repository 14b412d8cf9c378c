namespace ProfD.Schema.Errors;

/// <summary>
/// A domain error that reaches the client as a GraphQL error with a stable <see cref="Code"/> and this exception's
/// message. Throw it (or one of its named subclasses) from resolvers; anything else becomes <c>INTERNAL</c>.
/// </summary>
public class ProfDException : Exception
{
    /// <summary>Creates an error with one of <see cref="ErrorCodes"/>.</summary>
    public ProfDException(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>One of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The input field at fault, when there is one (sent as <c>extensions.field</c>).</summary>
    public string? Field { get; }

    /// <summary>Extra values sent in <c>extensions</c> beside the code.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>Input that breaks a rule: <c>BAD_USER_INPUT</c>, naming the field.</summary>
public sealed class BadUserInputException(string message, string? field = null)
    : ProfDException(ErrorCodes.BadUserInput, message, field);

/// <summary>Nothing with that ID here: <c>NOT_FOUND</c>.</summary>
public sealed class NotFoundException(string message)
    : ProfDException(ErrorCodes.NotFound, message);

/// <summary>A clash with the current state: <c>CONFLICT</c>.</summary>
public sealed class ConflictException(string message, string? field = null)
    : ProfDException(ErrorCodes.Conflict, message, field);
