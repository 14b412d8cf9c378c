using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Errors;

namespace ProfD.Node.Graph;

/// <summary>Loads what a mutation names by global ID, for changing: tracked, and NOT_FOUND when it is not here.</summary>
internal static class EntityFinder
{
    /// <summary>
    /// The <typeparamref name="T"/> that <paramref name="id"/> names. A malformed ID or one of another type is
    /// BAD_USER_INPUT; one of another institution, or of nothing, is NOT_FOUND.
    /// </summary>
    public static async Task<T> FindByGlobalIdAsync<T>(
        this NodeDbContext db,
        InstitutionProfile institution,
        string? id,
        string type,
        string argument,
        CancellationToken ct,
        Func<IQueryable<T>, IQueryable<T>>? include = null)
        where T : class
    {
        if (string.IsNullOrEmpty(id)) throw new BadUserInputException($"'{argument}' is required.", argument);
        var key = institution.LocalKeyOf(id, type, argument)
            ?? throw new NotFoundException($"'{id}' is held by another institution; change it at its home node.");
        IQueryable<T> query = db.Set<T>();
        if (include is not null) query = include(query);
        return await query.FirstOrDefaultAsync(e => EF.Property<string>(e, "Id") == key, ct)
            ?? throw new NotFoundException($"There is no {Humanize(type)} '{id}' at {institution.Code}.");
    }

    private static string Humanize(string type) =>
        string.Concat(type.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
