using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProfD.Node.Media;

internal sealed class MediaBlobConfiguration : IEntityTypeConfiguration<MediaBlob>
{
    public void Configure(EntityTypeBuilder<MediaBlob> blob)
    {
        blob.HasKey(b => b.Sha256);
        blob.Property(b => b.Sha256).HasMaxLength(64).ValueGeneratedNever();
        blob.Property(b => b.ContentType).HasMaxLength(100);
    }
}
