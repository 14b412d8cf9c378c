using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Registry;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> institution)
    {
        institution.ToTable("Institutions");
        institution.HasKey(i => i.Code);
        institution.Property(i => i.Code).HasMaxLength(EntityConfiguration.CodeLength).ValueGeneratedNever();
        institution.Property(i => i.Name).HasMaxLength(EntityConfiguration.NameLength);
        institution.Property(i => i.Nation).HasMaxLength(2);
        institution.Property(i => i.Endpoint).HasMaxLength(EntityConfiguration.UrlLength);
        institution.HasIndex(i => i.Endpoint).IsUnique();
        institution.HasIndex(i => new { i.Name, i.Code });
        institution.HasIndex(i => new { i.JoinedAt, i.Code });
        institution.HasIndex(i => new { i.Nation, i.Code });

        // Health and harvest are written by background services; tables of their own keep those writes apart.
        institution.OwnsOne(i => i.Health, health =>
        {
            health.ToTable("NodeHealth");
            health.WithOwner().HasForeignKey("InstitutionCode");
            health.Property(h => h.SchemaVersion).HasMaxLength(64);
            health.Property(h => h.Incompatibility).HasMaxLength(EntityConfiguration.MessageLength);
            health.Property(h => h.LastError).HasMaxLength(EntityConfiguration.MessageLength);
        });
        institution.Navigation(i => i.Health).IsRequired();
        institution.OwnsOne(i => i.Harvest, harvest =>
        {
            harvest.ToTable("HarvestStates");
            harvest.WithOwner().HasForeignKey("InstitutionCode");
            harvest.Property(h => h.Cursor).HasMaxLength(EntityConfiguration.MessageLength);
            harvest.Property(h => h.LastError).HasMaxLength(EntityConfiguration.MessageLength);
        });
        institution.Navigation(i => i.Harvest).IsRequired();
    }
}
