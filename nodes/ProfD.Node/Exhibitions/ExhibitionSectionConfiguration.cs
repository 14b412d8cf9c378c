using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionSectionConfiguration : IEntityTypeConfiguration<ExhibitionSection>
{
    public void Configure(EntityTypeBuilder<ExhibitionSection> section)
    {
        section.HasKey(s => s.Id);
        section.Property(s => s.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        section.Property(s => s.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);
        section.Property(s => s.Heading).HasMaxLength(EntityConfiguration.NameLength);

        // Sections are read per exhibition in order; a position is taken once.
        section.HasIndex(s => new { s.ExhibitionId, s.Position }).IsUnique();
    }
}
