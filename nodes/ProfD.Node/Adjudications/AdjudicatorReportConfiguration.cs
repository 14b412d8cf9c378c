using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Adjudications;

internal sealed class AdjudicatorReportConfiguration : IEntityTypeConfiguration<AdjudicatorReport>
{
    public void Configure(EntityTypeBuilder<AdjudicatorReport> report)
    {
        report.HasKey(r => r.Id);
        report.Property(r => r.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        report.Property(r => r.AdjudicationId).HasMaxLength(EntityConfiguration.KeyLength);
        report.Property(r => r.AdjudicatorId).HasMaxLength(EntityConfiguration.GlobalIdLength);

        // A person sits on a panel once; "my adjudications" looks reports up by adjudicator.
        report.HasIndex(r => new { r.AdjudicationId, r.AdjudicatorId }).IsUnique();
        report.HasIndex(r => r.AdjudicatorId);
    }
}
