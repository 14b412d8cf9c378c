using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Triangles;

internal sealed class TriangleConfiguration : IEntityTypeConfiguration<Triangle>
{
    public void Configure(EntityTypeBuilder<Triangle> triangle)
    {
        triangle.ToTable("Triangles");
        triangle.HasKey(t => t.Id);
        triangle.Property(t => t.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        triangle.Property(t => t.Name).HasMaxLength(EntityConfiguration.NameLength);
        triangle.HasMany(t => t.Schools).WithOne().HasForeignKey(s => s.TriangleId).OnDelete(DeleteBehavior.Cascade);
        triangle.Navigation(t => t.Schools).AutoInclude();
        triangle.HasIndex(t => new { t.Name, t.Id });
        triangle.HasIndex(t => new { t.FormedAt, t.Id });
    }
}

internal sealed class TriangleSchoolConfiguration : IEntityTypeConfiguration<TriangleSchool>
{
    public void Configure(EntityTypeBuilder<TriangleSchool> school)
    {
        school.ToTable("TriangleSchools");
        school.HasKey(s => new { s.TriangleId, s.SchoolId });
        school.Property(s => s.TriangleId).HasMaxLength(EntityConfiguration.KeyLength);
        school.Property(s => s.SchoolId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        school.HasIndex(s => s.SchoolId);
    }
}

internal sealed class TriangleActivityConfiguration : IEntityTypeConfiguration<TriangleActivity>
{
    public void Configure(EntityTypeBuilder<TriangleActivity> activity)
    {
        activity.ToTable("TriangleActivities");
        activity.HasKey(a => a.Id);
        activity.Property(a => a.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        activity.Property(a => a.TriangleId).HasMaxLength(EntityConfiguration.KeyLength);
        activity.Property(a => a.Summary).HasMaxLength(EntityConfiguration.MessageLength);
        activity.Property(a => a.ExhibitionId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        activity.HasOne<Triangle>().WithMany().HasForeignKey(a => a.TriangleId).OnDelete(DeleteBehavior.Cascade);
        activity.HasIndex(a => new { a.TriangleId, a.OccurredAt });
    }
}
