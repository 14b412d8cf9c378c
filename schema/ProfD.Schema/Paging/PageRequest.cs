using ProfD.Schema.Errors;

namespace ProfD.Schema.Paging;

/// <summary>The forward paging arguments of a connection field: <c>first</c> and <c>after</c>.</summary>
/// <param name="First">How many rows; checked against <see cref="MaxPageSize"/>.</param>
/// <param name="After">The cursor to resume after, or null for the first page.</param>
public sealed record PageRequest(int First, string? After)
{
    /// <summary>The page size when the client gives none: 20.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page a client may ask for: 100.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Checks the arguments a client sent.</summary>
    /// <exception cref="BadUserInputException"><paramref name="first"/> is negative or above <see cref="MaxPageSize"/>.</exception>
    public static PageRequest Create(int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size < 0 || size > MaxPageSize)
            throw new BadUserInputException($"'first' must be between 0 and {MaxPageSize}; it was {size}.", "first");
        return new PageRequest(size, string.IsNullOrEmpty(after) ? null : after);
    }
}
