using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Cohorts;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> cohort)
    {
        cohort.HasKey(c => c.Id);
        cohort.Property(c => c.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        cohort.Property(c => c.Name).HasMaxLength(EntityConfiguration.NameLength);

        // The school links belong to the cohort and go with it.
        cohort.HasMany(c => c.Schools).WithOne().HasForeignKey(cs => cs.CohortId).OnDelete(DeleteBehavior.Cascade);

        cohort.HasIndex(c => new { c.IntakeYear, c.Name, c.Id });
        cohort.HasIndex(c => new { c.Name, c.Id });
        cohort.HasIndex(c => new { c.CreatedAt, c.Id });
    }
}
