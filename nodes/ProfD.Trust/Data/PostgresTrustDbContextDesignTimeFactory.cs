using Microsoft.EntityFrameworkCore.Design;

namespace ProfD.Trust.Data;

/// <summary>Lets <c>dotnet ef migrations add Name --project nodes/ProfD.Trust --context PostgresTrustDbContext --output-dir Migrations/Postgres</c> build the context; adding a migration does not connect.</summary>
internal sealed class PostgresTrustDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrustDbContext>
{
    public PostgresTrustDbContext CreateDbContext(string[] args) =>
        (PostgresTrustDbContext)TrustDatabaseConnection.Postgres(args.FirstOrDefault() ?? "Host=localhost;Database=profd_trust;Username=postgres").CreateContext();
}
