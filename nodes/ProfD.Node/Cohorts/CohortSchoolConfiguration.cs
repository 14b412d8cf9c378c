using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;
using ProfD.Node.Schools;

namespace ProfD.Node.Cohorts;

internal sealed class CohortSchoolConfiguration : IEntityTypeConfiguration<CohortSchool>
{
    public void Configure(EntityTypeBuilder<CohortSchool> link)
    {
        link.HasKey(cs => new { cs.CohortId, cs.SchoolId });
        link.Property(cs => cs.CohortId).HasMaxLength(EntityConfiguration.KeyLength);
        link.Property(cs => cs.SchoolId).HasMaxLength(EntityConfiguration.KeyLength);

        // A school that takes part in a cohort cannot be deleted from under it.
        link.HasOne<School>().WithMany().HasForeignKey(cs => cs.SchoolId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(cs => cs.SchoolId);
    }
}
