using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Schools;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> school)
    {
        school.HasKey(s => s.Id);
        school.Property(s => s.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        school.Property(s => s.Name).HasMaxLength(EntityConfiguration.NameLength);
        school.Property(s => s.Nation).HasMaxLength(2);
        school.Property(s => s.City).HasMaxLength(EntityConfiguration.NameLength);

        // Lists sort by a field and break ties by id, so each sort index ends with the id.
        school.HasIndex(s => new { s.Name, s.Id });
        school.HasIndex(s => new { s.Nation, s.Id });
        school.HasIndex(s => new { s.CreatedAt, s.Id });
    }
}
