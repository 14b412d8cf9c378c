using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionVersionConfiguration : IEntityTypeConfiguration<ExhibitionVersion>
{
    public void Configure(EntityTypeBuilder<ExhibitionVersion> version)
    {
        version.HasKey(v => v.Id);
        version.Property(v => v.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        version.Property(v => v.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);

        // Each number once per exhibition, so two submissions racing cannot both become version 2.
        version.HasIndex(v => new { v.ExhibitionId, v.Number }).IsUnique();
        version.HasIndex(v => new { v.CreatedAt, v.Id });
    }
}
