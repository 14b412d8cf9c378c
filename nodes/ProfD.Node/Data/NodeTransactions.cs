using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProfD.Schema.Errors;

namespace ProfD.Node.Data;

/// <summary>Multi-step writes as one unit: all of it is saved, or none of it.</summary>
internal static class NodeTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> (which may call SaveChanges several times) in one database transaction. If it throws,
    /// the transaction is rolled back and the context forgets its pending changes, so a later save in the same request
    /// cannot write half of a failed mutation. Two writers racing on a unique key become CONFLICT.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this NodeDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (Exception ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (ex is DbUpdateException update && IsUniqueViolation(update))
                throw new ConflictException("Someone else changed this at the same time; reload it and try again.");
            throw;
        }
    }

    /// <summary>Whether a save failed because a unique index or primary key already held the value.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
