using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Microsoft.Extensions.Logging;

namespace ProfD.Schema.Errors;

/// <summary>
/// Turns every error GraphQL.NET produces into one of <see cref="ErrorCodes"/> with a message a person can act on.
/// Exceptions that are not <see cref="ProfDException"/> are logged in full and sent only as <c>INTERNAL</c>:
/// no stack trace, SQL or exception type ever leaves the server.
/// </summary>
public sealed class ProfDErrorInfoProvider(ILogger<ProfDErrorInfoProvider> logger) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = false,
    ExposeCodes = false,
    ExposeData = false,
})
{
    /// <inheritdoc />
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var (code, message, extra) = Classify(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var pair in extra) extensions[pair.Key] = pair.Value;
        return new ErrorInfo { Message = message ?? info.Message, Extensions = extensions };
    }

    private (string Code, string? Message, IEnumerable<KeyValuePair<string, object?>> Extra) Classify(ExecutionError error)
    {
        var domain = FindDomainException(error);
        if (domain is not null)
        {
            var extra = domain.Extensions.ToList();
            if (domain.Field is not null) extra.Add(new("field", domain.Field));
            return (domain.Code, domain.Message, extra);
        }

        switch (error)
        {
            case SyntaxError:
                return (ErrorCodes.ParseFailed, null, []);
            case ComplexityError:
                return (ErrorCodes.QueryTooComplex, null, []);
            case InvalidVariableError:
            case InvalidValueError:
                return (ErrorCodes.BadUserInput, null, []);
            case ValidationError:
                return (ErrorCodes.ValidationFailed, null, []);
            case DocumentError:
                return (ErrorCodes.BadUserInput, null, []);
            case UnhandledError unhandled:
                logger.LogError(unhandled.InnerException, "Unhandled error in a resolver at {Path}", error.Path is null ? "" : string.Join('.', error.Path));
                return (ErrorCodes.Internal, "An internal error occurred. It has been logged; please try again later.", []);
            default:
                // An ExecutionError thrown on purpose by resolver code: keep its message, and its code when it uses ours.
                var code = error.Code is { } c && ErrorCodes.All.Contains(c) ? c : ErrorCodes.Internal;
                return (code, null, []);
        }
    }

    private static ProfDException? FindDomainException(ExecutionError error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is ProfDException domain) return domain;
        }
        return null;
    }
}
