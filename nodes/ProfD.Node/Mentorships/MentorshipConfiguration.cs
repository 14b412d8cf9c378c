using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Candidates;
using ProfD.Node.Data;

namespace ProfD.Node.Mentorships;

internal sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> mentorship)
    {
        mentorship.HasKey(m => m.Id);
        mentorship.Property(m => m.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        mentorship.Property(m => m.CandidateId).HasMaxLength(EntityConfiguration.KeyLength);
        mentorship.Property(m => m.MentorId).HasMaxLength(EntityConfiguration.GlobalIdLength);

        mentorship.HasOne<Candidate>().WithMany().HasForeignKey(m => m.CandidateId).OnDelete(DeleteBehavior.Restrict);

        mentorship.HasIndex(m => m.CandidateId);
        // "Whom do I mentor" looks mentorships up by mentor.
        mentorship.HasIndex(m => m.MentorId);
        mentorship.HasIndex(m => new { m.StartedAt, m.Id });
    }
}
