using Microsoft.EntityFrameworkCore;

namespace ProfD.Trust.Data;

/// <summary>
/// The trust's data: one model for both engines, with a subclass per engine (<see cref="SqliteTrustDbContext"/>,
/// <see cref="PostgresTrustDbContext"/>) so each keeps its own migrations. Each feature folder holds its entities and
/// their <c>IEntityTypeConfiguration</c>.
/// </summary>
internal abstract class TrustDbContext(DbContextOptions options) : DbContext(options)
{
    public abstract TrustDatabaseEngine Engine { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums by name, so the database reads like the API; date-times in UTC on both engines.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(EntityConfiguration.EnumLength);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrustDbContext).Assembly);
        // The login hub's applications, authorizations, scopes and tokens (OpenIddict's own tables).
        modelBuilder.UseOpenIddict();
    }
}
