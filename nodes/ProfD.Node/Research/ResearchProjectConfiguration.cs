using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Candidates;
using ProfD.Node.Data;

namespace ProfD.Node.Research;

internal sealed class ResearchProjectConfiguration : IEntityTypeConfiguration<ResearchProject>
{
    public void Configure(EntityTypeBuilder<ResearchProject> project)
    {
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        project.Property(p => p.CandidateId).HasMaxLength(EntityConfiguration.KeyLength);
        project.Property(p => p.Title).HasMaxLength(EntityConfiguration.NameLength);
        project.Property(p => p.EthicsApprovedBy).HasMaxLength(EntityConfiguration.NameLength);
        project.Property(p => p.EthicsReference).HasMaxLength(EntityConfiguration.NameLength);
        project.Property(p => p.PupilsAgeRange).HasMaxLength(60);
        project.Property(p => p.Setting).HasMaxLength(EntityConfiguration.NameLength * 2);
        project.PrimitiveCollection(p => p.Themes);
        project.PrimitiveCollection(p => p.Languages);
        project.PrimitiveCollection(p => p.ProvocationIds);

        project.HasOne<Candidate>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);

        // The links are part of the project: they load, save and go with it.
        project.OwnsMany(p => p.BuildsOn, link =>
        {
            link.ToTable("ResearchLinks");
            link.WithOwner().HasForeignKey(l => l.ProjectId);
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
            link.Property(l => l.ProjectId).HasMaxLength(EntityConfiguration.KeyLength);
            link.Property(l => l.TargetId).HasMaxLength(EntityConfiguration.GlobalIdLength);
            link.HasIndex(l => l.ProjectId);
            // "Cited by" looks links up by what they point at.
            link.HasIndex(l => l.TargetId);
        });
        project.Navigation(p => p.BuildsOn).AutoInclude();

        project.HasIndex(p => p.CandidateId);
        project.HasIndex(p => new { p.Title, p.Id });
        project.HasIndex(p => new { p.Status, p.Id });
        project.HasIndex(p => new { p.CreatedAt, p.Id });
        project.HasIndex(p => new { p.UpdatedAt, p.Id });
    }
}
