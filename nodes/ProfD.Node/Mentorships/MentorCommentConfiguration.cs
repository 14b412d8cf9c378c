using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Research;

namespace ProfD.Node.Mentorships;

internal sealed class MentorCommentConfiguration : IEntityTypeConfiguration<MentorComment>
{
    public void Configure(EntityTypeBuilder<MentorComment> comment)
    {
        comment.HasKey(c => c.Id);
        comment.Property(c => c.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        comment.Property(c => c.MentorshipId).HasMaxLength(EntityConfiguration.KeyLength);
        comment.Property(c => c.ProjectId).HasMaxLength(EntityConfiguration.KeyLength);
        comment.Property(c => c.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);
        comment.Property(c => c.Text).HasMaxLength(MentorshipRules.CommentLength);

        // Comments are part of the research record: what they are about cannot be deleted from under them.
        comment.HasOne<Mentorship>().WithMany().HasForeignKey(c => c.MentorshipId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<ResearchProject>().WithMany().HasForeignKey(c => c.ProjectId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<Exhibition>().WithMany().HasForeignKey(c => c.ExhibitionId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        comment.ToTable(t => t.HasCheckConstraint("CK_MentorComments_OneTarget",
            "(\"ProjectId\" IS NULL) <> (\"ExhibitionId\" IS NULL)"));

        comment.HasIndex(c => c.MentorshipId);
        comment.HasIndex(c => c.ProjectId);
        comment.HasIndex(c => c.ExhibitionId);
    }
}
