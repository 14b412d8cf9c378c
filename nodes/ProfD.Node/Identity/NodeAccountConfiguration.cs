using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;
using ProfD.Node.Teachers;

namespace ProfD.Node.Identity;

internal sealed class NodeAccountConfiguration : IEntityTypeConfiguration<NodeAccount>
{
    public void Configure(EntityTypeBuilder<NodeAccount> account)
    {
        account.Property(a => a.TeacherId).HasMaxLength(EntityConfiguration.KeyLength);
        account.Property(a => a.DisplayName).HasMaxLength(EntityConfiguration.NameLength);
        account.Property(a => a.Affiliation).HasMaxLength(EntityConfiguration.EnumLength);
        account.PrimitiveCollection(a => a.Roles);

        // One login per person; a teacher record that goes takes its link with it, not the account.
        account.HasOne<Teacher>().WithMany().HasForeignKey(a => a.TeacherId).OnDelete(DeleteBehavior.SetNull);
        account.HasIndex(a => a.TeacherId).IsUnique();
    }
}
