using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Changes;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Identity;
using ProfD.Node.Media;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Data;

/// <summary>
/// The node's data: one model for both engines. Each engine has its own subclass (<see cref="SqliteNodeDbContext"/>,
/// <see cref="PostgresNodeDbContext"/>) so that each keeps its own migrations; everything else asks for this type. It also
/// holds the node's login accounts (ASP.NET Core Identity's user tables, <see cref="NodeAccount"/>) and its login server's
/// applications, authorizations and tokens (OpenIddict's tables).
/// </summary>
internal abstract partial class NodeDbContext(DbContextOptions options) : IdentityUserContext<NodeAccount>(options)
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<Teacher> Teachers => Set<Teacher>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortSchool> CohortSchools => Set<CohortSchool>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    /// <summary>Projects; their links (<see cref="ResearchProject.BuildsOn"/>) are owned and always load with them.</summary>
    public DbSet<ResearchProject> ResearchProjects => Set<ResearchProject>();
    public DbSet<Exhibition> Exhibitions => Set<Exhibition>();
    public DbSet<ExhibitionVersion> ExhibitionVersions => Set<ExhibitionVersion>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<ExhibitionSection> ExhibitionSections => Set<ExhibitionSection>();
    public DbSet<ExhibitionShowing> ExhibitionShowings => Set<ExhibitionShowing>();
    public DbSet<Adjudication> Adjudications => Set<Adjudication>();
    public DbSet<AdjudicatorReport> AdjudicatorReports => Set<AdjudicatorReport>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Mentorship> Mentorships => Set<Mentorship>();
    /// <summary>The change feed; rows are added by <c>SaveChanges</c> itself (NodeDbContext.ChangeFeed.cs), never by features.</summary>
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
    public DbSet<MediaBlob> MediaBlobs => Set<MediaBlob>();
    public DbSet<MentorComment> MentorComments => Set<MentorComment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enum values are stored by name, so a database reads the same as the API and survives reordering members.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(EntityConfiguration.EnumLength);

        // Every date-time is UTC. SQLite keeps them as text without a zone and reads them back as Unspecified; Npgsql
        // refuses anything but UTC for timestamptz. One converter makes both engines take any kind and return UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    // One <Entity>Configuration class beside each entity says its keys, sizes, indexes and relationships.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NodeDbContext).Assembly);
    }
}
