using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Accreditation;

internal sealed class MentorAccreditationConfiguration : IEntityTypeConfiguration<MentorAccreditation>
{
    public void Configure(EntityTypeBuilder<MentorAccreditation> accreditation)
    {
        accreditation.ToTable("MentorAccreditations");
        accreditation.HasKey(a => a.Id);
        accreditation.Property(a => a.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        accreditation.Property(a => a.TeacherId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        accreditation.Property(a => a.HomeInstitution).HasMaxLength(EntityConfiguration.CodeLength);
        accreditation.Property(a => a.Course).HasMaxLength(EntityConfiguration.NameLength);
        accreditation.Property(a => a.SuspensionReason).HasMaxLength(EntityConfiguration.MessageLength);
        accreditation.PrimitiveCollection(a => a.Themes);
        accreditation.HasIndex(a => new { a.TeacherId, a.AccreditedUntil });
        accreditation.HasIndex(a => new { a.AccreditedUntil, a.Id });
    }
}
