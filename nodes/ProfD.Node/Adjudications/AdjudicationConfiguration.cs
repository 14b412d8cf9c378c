using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Adjudications;

internal sealed class AdjudicationConfiguration : IEntityTypeConfiguration<Adjudication>
{
    public void Configure(EntityTypeBuilder<Adjudication> adjudication)
    {
        adjudication.HasKey(a => a.Id);
        adjudication.Property(a => a.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        adjudication.Property(a => a.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);

        // An examined exhibition keeps its examination record: deleting the exhibition is refused.
        adjudication.HasOne<Exhibition>().WithMany().HasForeignKey(a => a.ExhibitionId).OnDelete(DeleteBehavior.Restrict);
        adjudication.HasMany(a => a.Panel).WithOne().HasForeignKey(r => r.AdjudicationId).OnDelete(DeleteBehavior.Cascade);

        // One adjudication per submitted version.
        adjudication.HasIndex(a => new { a.ExhibitionId, a.ExhibitionVersion }).IsUnique();
        adjudication.HasIndex(a => new { a.CreatedAt, a.Id });
    }
}
