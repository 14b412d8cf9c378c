using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Changes;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> change)
    {
        // INTEGER PRIMARY KEY AUTOINCREMENT on SQLite, an identity column on PostgreSQL: numbers are never reused.
        change.HasKey(c => c.Sequence);
        change.Property(c => c.Sequence).ValueGeneratedOnAdd();
        change.Property(c => c.EntityKey).HasMaxLength(EntityConfiguration.KeyLength);

        // "The latest record of each entity" (what the feed already says about it, and OAI-PMH's headers) reads this index.
        change.HasIndex(c => new { c.EntityType, c.EntityKey, c.Sequence });
    }
}
