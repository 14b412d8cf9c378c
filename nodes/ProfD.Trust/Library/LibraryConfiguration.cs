using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Library;

internal sealed class LibraryExhibitionConfiguration : IEntityTypeConfiguration<LibraryExhibition>
{
    public void Configure(EntityTypeBuilder<LibraryExhibition> exhibition)
    {
        exhibition.ToTable("LibraryExhibitions");
        exhibition.HasKey(e => e.Id);
        exhibition.Property(e => e.Id).HasMaxLength(EntityConfiguration.GlobalIdLength).ValueGeneratedNever();
        exhibition.Property(e => e.HomeInstitution).HasMaxLength(EntityConfiguration.CodeLength);
        exhibition.Property(e => e.Title).HasMaxLength(EntityConfiguration.NameLength);
        exhibition.Property(e => e.AuthorName).HasMaxLength(EntityConfiguration.NameLength);
        exhibition.Property(e => e.Licence).HasMaxLength(64);
        exhibition.Property(e => e.Nation).HasMaxLength(2);
        exhibition.Property(e => e.SchoolId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        exhibition.Property(e => e.ProjectId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        exhibition.PrimitiveCollection(e => e.Themes);
        exhibition.PrimitiveCollection(e => e.Languages);
        exhibition.PrimitiveCollection(e => e.MediaKinds);
        exhibition.PrimitiveCollection(e => e.ProvocationIds);
        exhibition.HasIndex(e => new { e.PublishedAt, e.Id });
        exhibition.HasIndex(e => new { e.HomeInstitution, e.HarvestedAt });
        exhibition.HasIndex(e => e.ProjectId);
    }
}

internal sealed class LibraryTagConfiguration : IEntityTypeConfiguration<LibraryTag>
{
    public void Configure(EntityTypeBuilder<LibraryTag> tag)
    {
        tag.ToTable("LibraryTags");
        tag.HasKey(t => new { t.ExhibitionId, t.Facet, t.Value });
        tag.Property(t => t.ExhibitionId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        tag.Property(t => t.Facet).HasMaxLength(EntityConfiguration.EnumLength);
        tag.Property(t => t.Value).HasMaxLength(EntityConfiguration.GlobalIdLength);
        tag.HasOne<LibraryExhibition>().WithMany().HasForeignKey(t => t.ExhibitionId).OnDelete(DeleteBehavior.Cascade);
        tag.HasIndex(t => new { t.Facet, t.Value, t.ExhibitionId });
    }
}

internal sealed class LibraryLinkConfiguration : IEntityTypeConfiguration<LibraryLink>
{
    public void Configure(EntityTypeBuilder<LibraryLink> link)
    {
        link.ToTable("LibraryLinks");
        link.HasKey(l => new { l.CarrierId, l.SourceId, l.TargetId });
        link.Property(l => l.CarrierId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        link.Property(l => l.SourceId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        link.Property(l => l.TargetId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        link.Property(l => l.HomeInstitution).HasMaxLength(EntityConfiguration.CodeLength);
        link.HasOne<LibraryExhibition>().WithMany().HasForeignKey(l => l.CarrierId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.SourceId);
        link.HasIndex(l => l.TargetId);
    }
}

internal sealed class LibraryMatchConfiguration : IEntityTypeConfiguration<LibraryMatch>
{
    // Rows of a full-text query (FromSql), not a table.
    public void Configure(EntityTypeBuilder<LibraryMatch> match) => match.HasNoKey().ToTable((string?)null);
}
