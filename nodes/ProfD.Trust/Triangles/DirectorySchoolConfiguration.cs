using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Triangles;

internal sealed class DirectorySchoolConfiguration : IEntityTypeConfiguration<DirectorySchool>
{
    public void Configure(EntityTypeBuilder<DirectorySchool> school)
    {
        school.ToTable("DirectorySchools");
        school.HasKey(s => s.Id);
        school.Property(s => s.Id).HasMaxLength(EntityConfiguration.GlobalIdLength).ValueGeneratedNever();
        school.Property(s => s.HomeInstitution).HasMaxLength(EntityConfiguration.CodeLength);
        school.Property(s => s.Name).HasMaxLength(EntityConfiguration.NameLength);
        school.Property(s => s.Nation).HasMaxLength(2);
        school.Property(s => s.City).HasMaxLength(EntityConfiguration.NameLength);
        school.HasIndex(s => new { s.Name, s.Id });
        school.HasIndex(s => new { s.HomeInstitution, s.HarvestedAt });
    }
}
