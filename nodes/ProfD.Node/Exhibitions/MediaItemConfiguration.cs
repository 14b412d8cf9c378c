using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Node.Data;

namespace ProfD.Node.Exhibitions;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> media)
    {
        media.HasKey(m => m.Id);
        media.Property(m => m.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        media.Property(m => m.ExhibitionId).HasMaxLength(EntityConfiguration.KeyLength);
        media.Property(m => m.Caption).HasMaxLength(EntityConfiguration.NameLength * 2);
        media.Property(m => m.Sha256).HasMaxLength(64);
        media.Property(m => m.ContentType).HasMaxLength(127);
        media.Property(m => m.Url).HasMaxLength(EntityConfiguration.UrlLength);

        media.HasIndex(m => new { m.ExhibitionId, m.Position });
        media.HasIndex(m => new { m.CreatedAt, m.Id });
    }
}
