using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Accreditation;

internal sealed class MentorProfileConfiguration : IEntityTypeConfiguration<MentorProfile>
{
    public void Configure(EntityTypeBuilder<MentorProfile> profile)
    {
        profile.ToTable("MentorProfiles");
        profile.HasKey(p => p.Id);
        profile.Property(p => p.Id).HasMaxLength(EntityConfiguration.GlobalIdLength).ValueGeneratedNever();
        profile.Property(p => p.HomeInstitution).HasMaxLength(EntityConfiguration.CodeLength);
        profile.Property(p => p.DisplayName).HasMaxLength(EntityConfiguration.NameLength);
        profile.Property(p => p.SchoolId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        profile.Property(p => p.Nation).HasMaxLength(2);
        profile.Property(p => p.Bio).HasMaxLength(EntityConfiguration.MessageLength);
        profile.PrimitiveCollection(p => p.Languages);
        profile.PrimitiveCollection(p => p.Subjects);
        profile.HasIndex(p => new { p.HomeInstitution, p.HarvestedAt });
    }
}
