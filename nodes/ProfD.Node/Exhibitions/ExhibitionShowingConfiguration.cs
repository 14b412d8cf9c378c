using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionShowingConfiguration : IEntityTypeConfiguration<ExhibitionShowing>
{
    public void Configure(EntityTypeBuilder<ExhibitionShowing> showing)
    {
        showing.ToTable("ExhibitionShowings");
        showing.HasKey(s => s.Id);
        showing.Property(s => s.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        showing.Property(s => s.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);
        showing.Property(s => s.SchoolId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        showing.Property(s => s.Venue).HasMaxLength(EntityConfiguration.NameLength);

        showing.HasIndex(s => new { s.ExhibitionId, s.HeldOn });
        // "What was shown at this school" looks showings up by school.
        showing.HasIndex(s => s.SchoolId);
    }
}
