using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Research;

namespace ProfD.Node.Exhibitions;

internal sealed class ExhibitionConfiguration : IEntityTypeConfiguration<Exhibition>
{
    public void Configure(EntityTypeBuilder<Exhibition> exhibition)
    {
        exhibition.HasKey(e => e.Id);
        exhibition.Property(e => e.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        exhibition.Property(e => e.CandidateId).HasMaxLength(EntityConfiguration.KeyLength);
        exhibition.Property(e => e.ProjectId).HasMaxLength(EntityConfiguration.KeyLength);
        exhibition.Property(e => e.Title).HasMaxLength(EntityConfiguration.NameLength);
        exhibition.Property(e => e.Licence).HasMaxLength(64);
        exhibition.Property(e => e.WithdrawalReason).HasMaxLength(2000);
        exhibition.Property(e => e.ImportedFrom).HasMaxLength(EntityConfiguration.GlobalIdLength);
        exhibition.PrimitiveCollection(e => e.Themes);
        exhibition.PrimitiveCollection(e => e.Languages);
        exhibition.PrimitiveCollection(e => e.ProvocationIds);

        exhibition.HasOne<Candidate>().WithMany().HasForeignKey(e => e.CandidateId).OnDelete(DeleteBehavior.Restrict);
        exhibition.HasOne<ResearchProject>().WithMany().HasForeignKey(e => e.ProjectId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);

        // Media and versions are parts of the exhibition; an exhibition that has been adjudicated cannot be deleted at all.
        exhibition.HasMany(e => e.Media).WithOne().HasForeignKey(m => m.ExhibitionId).OnDelete(DeleteBehavior.Cascade);
        exhibition.HasMany(e => e.Sections).WithOne().HasForeignKey(s => s.ExhibitionId).OnDelete(DeleteBehavior.Cascade);
        exhibition.HasMany(e => e.Showings).WithOne().HasForeignKey(s => s.ExhibitionId).OnDelete(DeleteBehavior.Cascade);
        exhibition.HasMany(e => e.Versions).WithOne().HasForeignKey(v => v.ExhibitionId).OnDelete(DeleteBehavior.Cascade);

        exhibition.HasIndex(e => e.CandidateId);
        exhibition.HasIndex(e => e.ProjectId);
        exhibition.HasIndex(e => new { e.Title, e.Id });
        exhibition.HasIndex(e => new { e.Status, e.Id });
        exhibition.HasIndex(e => new { e.PublishedAt, e.Id });
        exhibition.HasIndex(e => new { e.CreatedAt, e.Id });
        exhibition.HasIndex(e => new { e.UpdatedAt, e.Id });
    }
}
