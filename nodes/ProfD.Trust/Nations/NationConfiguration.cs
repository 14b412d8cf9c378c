using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Nations;

internal sealed class NationConfiguration : IEntityTypeConfiguration<Nation>
{
    public void Configure(EntityTypeBuilder<Nation> nation)
    {
        nation.ToTable("Nations");
        nation.HasKey(n => n.Code);
        nation.Property(n => n.Code).HasMaxLength(2).ValueGeneratedNever();
        nation.Property(n => n.Name).HasMaxLength(EntityConfiguration.NameLength);
        nation.Property(n => n.Region).HasMaxLength(64);
    }
}
