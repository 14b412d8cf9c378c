using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Awards;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> award)
    {
        award.HasKey(a => a.Id);
        award.Property(a => a.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        award.Property(a => a.CandidateId).HasMaxLength(EntityConfiguration.KeyLength);
        award.Property(a => a.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);
        award.Property(a => a.Title).HasMaxLength(EntityConfiguration.NameLength);

        // An award is a permanent record: neither its holder nor its exhibition can be deleted from under it.
        award.HasOne<Candidate>().WithMany().HasForeignKey(a => a.CandidateId).OnDelete(DeleteBehavior.Restrict);
        award.HasOne<Exhibition>().WithMany().HasForeignKey(a => a.ExhibitionId).OnDelete(DeleteBehavior.Restrict);

        award.HasIndex(a => a.CandidateId);
        award.HasIndex(a => a.ExhibitionId);
        award.HasIndex(a => new { a.AwardedAt, a.Id });
    }
}
