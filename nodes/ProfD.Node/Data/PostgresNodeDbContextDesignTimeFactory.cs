using Microsoft.EntityFrameworkCore.Design;

namespace ProfD.Node.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build <see cref="PostgresNodeDbContext"/>: <c>dotnet ef migrations add Name --project
/// nodes/ProfD.Node --context PostgresNodeDbContext --output-dir Migrations/Postgres</c>. Adding a migration does not
/// connect; a connection string after <c>--</c> picks the server for <c>database update</c>.
/// </summary>
internal sealed class PostgresNodeDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNodeDbContext>
{
    public PostgresNodeDbContext CreateDbContext(string[] args) =>
        (PostgresNodeDbContext)NodeDatabaseConnection.Postgres(args.FirstOrDefault() ?? "Host=localhost;Database=profd;Username=postgres").CreateContext();
}
