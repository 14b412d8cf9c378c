using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ProfD.Trust.Data;

/// <summary>
/// Counts every SQL command the trust's contexts execute (readers, non-queries and scalars, sync and async) and keeps
/// the text of the last <see cref="Remembered"/>. One per service provider; tests <see cref="Reset"/> it, run a query
/// and assert <see cref="Count"/>, so the number of statements depends on a query's shape, not on its rows.
/// </summary>
internal sealed class SqlStatementCounter : DbCommandInterceptor
{
    /// <summary>How many statement texts <see cref="Statements"/> keeps.</summary>
    public const int Remembered = 200;

    private readonly ConcurrentQueue<string> statements = new();
    private int count;

    /// <summary>Commands executed since the start or the last <see cref="Reset"/>.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The text of the most recent commands (at most <see cref="Remembered"/>), oldest first.</summary>
    public IReadOnlyList<string> Statements => [.. statements];

    /// <summary>Starts counting again from zero and forgets the statements.</summary>
    public void Reset()
    {
        statements.Clear();
        Interlocked.Exchange(ref count, 0);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref count);
        statements.Enqueue(command.CommandText);
        while (statements.Count > Remembered && statements.TryDequeue(out _))
        {
        }
    }
}
