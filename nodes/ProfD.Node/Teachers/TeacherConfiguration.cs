using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;
using ProfD.Node.Schools;

namespace ProfD.Node.Teachers;

internal sealed class TeacherConfiguration : IEntityTypeConfiguration<Teacher>
{
    public void Configure(EntityTypeBuilder<Teacher> teacher)
    {
        teacher.HasKey(t => t.Id);
        teacher.Property(t => t.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        teacher.Property(t => t.GivenName).HasMaxLength(EntityConfiguration.NameLength);
        teacher.Property(t => t.FamilyName).HasMaxLength(EntityConfiguration.NameLength);
        teacher.Property(t => t.Email).HasMaxLength(EntityConfiguration.EmailLength);
        teacher.Property(t => t.SchoolId).HasMaxLength(EntityConfiguration.KeyLength);
        teacher.PrimitiveCollection(t => t.Languages);
        teacher.PrimitiveCollection(t => t.Subjects);
        teacher.Property(t => t.Bio).HasMaxLength(2000);

        // A school with teachers cannot be deleted: its people would otherwise go with it.
        teacher.HasOne(t => t.School).WithMany().HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Restrict);

        // One person, one record: the e-mail address identifies a teacher at this node.
        teacher.HasIndex(t => t.Email).IsUnique();
        teacher.HasIndex(t => new { t.FamilyName, t.GivenName, t.Id });
        teacher.HasIndex(t => new { t.GivenName, t.Id });
        teacher.HasIndex(t => new { t.CreatedAt, t.Id });
    }
}
