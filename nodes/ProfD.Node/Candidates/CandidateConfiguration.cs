using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Candidates;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> candidate)
    {
        candidate.HasKey(c => c.Id);
        candidate.Property(c => c.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        candidate.Property(c => c.TeacherId).HasMaxLength(EntityConfiguration.KeyLength);
        candidate.Property(c => c.CohortId).HasMaxLength(EntityConfiguration.KeyLength);

        // A candidate's record outlives any attempt to delete their teacher or cohort.
        candidate.HasOne(c => c.Teacher).WithMany().HasForeignKey(c => c.TeacherId).OnDelete(DeleteBehavior.Restrict);
        candidate.HasOne(c => c.Cohort).WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Restrict);

        candidate.HasIndex(c => c.TeacherId);
        candidate.HasIndex(c => c.CohortId);
        candidate.HasIndex(c => new { c.Stage, c.Id });
        candidate.HasIndex(c => new { c.EnrolledAt, c.Id });
        candidate.HasIndex(c => new { c.CreatedAt, c.Id });
    }
}
