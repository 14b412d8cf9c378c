using Microsoft.EntityFrameworkCore;
using ProfD.Trust.Library;

namespace ProfD.Trust.Data;

/// <summary>
/// The trust's data in PostgreSQL; migrations in <c>Migrations/Postgres</c>. Text columns use the "C" collation, so
/// orders match SQLite's; library search is a stored <c>tsvector</c> column with a GIN index.
/// </summary>
internal sealed class PostgresTrustDbContext(DbContextOptions<PostgresTrustDbContext> options) : TrustDbContext(options)
{
    public const string TextCollation = "C";

    public override TrustDatabaseEngine Engine => TrustDatabaseEngine.Postgres;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if ((property.GetProviderClrType() ?? property.ClrType) == typeof(string) && !property.IsPrimitiveCollection)
                    property.SetCollation(TextCollation);
            }
        }
        LibraryFullText.ConfigurePostgres(modelBuilder);
    }
}
