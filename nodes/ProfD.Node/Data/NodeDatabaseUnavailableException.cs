using System.Data.Common;

namespace ProfD.Node.Data;

/// <summary>
/// The node's database could not be reached or opened. The message names the database and its host and says what to
/// check, in a line a person can act on; the cause is the inner exception.
/// </summary>
internal sealed class NodeDatabaseUnavailableException(string message, Exception innerException) : Exception(message, innerException)
{
    public static NodeDatabaseUnavailableException For(NodeDatabaseConnection connection, Exception cause)
    {
        var advice = connection.Engine == NodeDatabaseEngine.Postgres
            ? "Check Node:Database (host, port, user, password) and that the server is running and accepts connections from here."
            : "Check Node:Database or Node:DataDirectory and that this process may write there.";
        return new NodeDatabaseUnavailableException($"Cannot open {connection.Description}: {Reason(cause)}. {advice}", cause);
    }

    private static string Reason(Exception cause)
    {
        // Start at the driver's own exception, past any EF Core wrapper, and add its root cause when it says more.
        var driver = cause;
        for (var ex = cause; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException) { driver = ex; break; }
        }
        var root = driver;
        while (root.InnerException is not null) root = root.InnerException;
        var outer = driver.Message.Trim().TrimEnd('.');
        var inner = root.Message.Trim().TrimEnd('.');
        return root == driver || outer.Contains(inner, StringComparison.Ordinal) ? outer : $"{outer} ({inner})";
    }
}
