using Microsoft.EntityFrameworkCore.Design;

namespace ProfD.Node.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build <see cref="SqliteNodeDbContext"/>: <c>dotnet ef migrations add Name --project
/// nodes/ProfD.Node --context SqliteNodeDbContext --output-dir Migrations/Sqlite</c>. A connection string after
/// <c>--</c> picks the file for <c>database update</c>.
/// </summary>
internal sealed class SqliteNodeDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNodeDbContext>
{
    public SqliteNodeDbContext CreateDbContext(string[] args) =>
        (SqliteNodeDbContext)NodeDatabaseConnection.Sqlite(args.FirstOrDefault() ?? "Data Source=design.db").CreateContext();
}
