using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Identity;

internal sealed class TrustRoleGrantConfiguration : IEntityTypeConfiguration<TrustRoleGrant>
{
    public void Configure(EntityTypeBuilder<TrustRoleGrant> grant)
    {
        grant.ToTable("TrustRoles");
        grant.HasKey(g => new { g.PersonId, g.Role });
        grant.Property(g => g.PersonId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        grant.Property(g => g.Role).HasMaxLength(EntityConfiguration.EnumLength);
    }
}
