using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProfD.Trust.Data;

namespace ProfD.Trust.Community;

internal sealed class CommunitySpaceConfiguration : IEntityTypeConfiguration<CommunitySpace>
{
    public void Configure(EntityTypeBuilder<CommunitySpace> space)
    {
        space.ToTable("CommunitySpaces");
        space.HasKey(s => s.Id);
        space.Property(s => s.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        space.Property(s => s.Name).HasMaxLength(EntityConfiguration.NameLength);
        space.Property(s => s.Description).HasMaxLength(EntityConfiguration.MessageLength);
        space.Property(s => s.Scope).HasMaxLength(EntityConfiguration.GlobalIdLength);
        space.HasIndex(s => new { s.Name, s.Id });
    }
}

internal sealed class SpaceFacilitatorConfiguration : IEntityTypeConfiguration<SpaceFacilitator>
{
    public void Configure(EntityTypeBuilder<SpaceFacilitator> facilitator)
    {
        facilitator.ToTable("SpaceFacilitators");
        facilitator.HasKey(f => new { f.SpaceId, f.PersonId });
        facilitator.Property(f => f.SpaceId).HasMaxLength(EntityConfiguration.KeyLength);
        facilitator.Property(f => f.PersonId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        facilitator.HasOne<CommunitySpace>().WithMany().HasForeignKey(f => f.SpaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommunityThreadConfiguration : IEntityTypeConfiguration<CommunityThread>
{
    public void Configure(EntityTypeBuilder<CommunityThread> thread)
    {
        thread.ToTable("CommunityThreads");
        thread.HasKey(t => t.Id);
        thread.Property(t => t.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        thread.Property(t => t.SpaceId).HasMaxLength(EntityConfiguration.KeyLength);
        thread.Property(t => t.Title).HasMaxLength(EntityConfiguration.NameLength);
        thread.Property(t => t.AuthorId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        thread.Property(t => t.HotseatId).HasMaxLength(EntityConfiguration.KeyLength);
        thread.HasOne<CommunitySpace>().WithMany().HasForeignKey(t => t.SpaceId).OnDelete(DeleteBehavior.Cascade);
        thread.HasIndex(t => new { t.SpaceId, t.LastPostAt, t.Id });
    }
}

internal sealed class CommunityPostConfiguration : IEntityTypeConfiguration<CommunityPost>
{
    public void Configure(EntityTypeBuilder<CommunityPost> post)
    {
        post.ToTable("CommunityPosts");
        post.HasKey(p => p.Id);
        post.Property(p => p.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        post.Property(p => p.ThreadId).HasMaxLength(EntityConfiguration.KeyLength);
        post.Property(p => p.AuthorId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        post.Property(p => p.HiddenBy).HasMaxLength(EntityConfiguration.GlobalIdLength);
        post.HasOne<CommunityThread>().WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        post.HasIndex(p => new { p.ThreadId, p.Id });
    }
}

internal sealed class PostFlagConfiguration : IEntityTypeConfiguration<PostFlag>
{
    public void Configure(EntityTypeBuilder<PostFlag> flag)
    {
        flag.ToTable("PostFlags");
        flag.HasKey(f => f.Id);
        flag.Property(f => f.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        flag.Property(f => f.PostId).HasMaxLength(EntityConfiguration.KeyLength);
        flag.Property(f => f.SpaceId).HasMaxLength(EntityConfiguration.KeyLength);
        flag.Property(f => f.FlaggedBy).HasMaxLength(EntityConfiguration.GlobalIdLength);
        flag.Property(f => f.ResolvedBy).HasMaxLength(EntityConfiguration.GlobalIdLength);
        flag.Property(f => f.Reason).HasMaxLength(EntityConfiguration.MessageLength);
        flag.HasOne<CommunityPost>().WithMany().HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
        flag.HasIndex(f => new { f.PostId, f.FlaggedBy }).IsUnique();
        flag.HasIndex(f => new { f.SpaceId, f.ResolvedAt, f.CreatedAt });
    }
}

internal sealed class HotseatEventConfiguration : IEntityTypeConfiguration<HotseatEvent>
{
    public void Configure(EntityTypeBuilder<HotseatEvent> hotseat)
    {
        hotseat.ToTable("HotseatEvents");
        hotseat.HasKey(h => h.Id);
        hotseat.Property(h => h.Id).HasMaxLength(EntityConfiguration.KeyLength).ValueGeneratedNever();
        hotseat.Property(h => h.SpaceId).HasMaxLength(EntityConfiguration.KeyLength);
        hotseat.Property(h => h.ThreadId).HasMaxLength(EntityConfiguration.KeyLength);
        hotseat.Property(h => h.GuestId).HasMaxLength(EntityConfiguration.GlobalIdLength);
        hotseat.Property(h => h.Title).HasMaxLength(EntityConfiguration.NameLength);
        hotseat.HasOne<CommunitySpace>().WithMany().HasForeignKey(h => h.SpaceId).OnDelete(DeleteBehavior.Cascade);
        hotseat.HasIndex(h => new { h.SpaceId, h.StartsAt });
    }
}
