using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Provocations;

internal sealed class ProvocationConfiguration : IEntityTypeConfiguration<Provocation>
{
    public void Configure(EntityTypeBuilder<Provocation> provocation)
    {
        provocation.ToTable("Provocations");
        provocation.HasKey(p => p.Id);
        provocation.Property(p => p.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        provocation.Property(p => p.Title).HasMaxLength(EntityConfiguration.NameLength);
        provocation.PrimitiveCollection(p => p.Themes);
        provocation.PrimitiveCollection(p => p.Links);
        provocation.HasIndex(p => new { p.Title, p.Id });
        provocation.HasIndex(p => new { p.CreatedAt, p.Id });
    }
}
