using Microsoft.EntityFrameworkCore.Design;

namespace ProfD.Trust.Data;

/// <summary>Lets <c>dotnet ef migrations add Name --project nodes/ProfD.Trust --context SqliteTrustDbContext --output-dir Migrations/Sqlite</c> build the context.</summary>
internal sealed class SqliteTrustDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrustDbContext>
{
    public SqliteTrustDbContext CreateDbContext(string[] args) =>
        (SqliteTrustDbContext)TrustDatabaseConnection.Sqlite(args.FirstOrDefault() ?? "Data Source=design.db").CreateContext();
}
