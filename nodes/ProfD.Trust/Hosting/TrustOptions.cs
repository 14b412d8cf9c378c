using System.ComponentModel.DataAnnotations;

namespace ProfD.Trust.Hosting;

/// <summary>Who the trust is, where it keeps its data and how often it looks at the nodes. Bound from <c>Trust</c>, validated at start.</summary>
internal sealed class TrustOptions
{
    public const string Section = "Trust";

    /// <summary>The trust's code: the first segment of every ID it issues (<c>trust:Triangle:…</c>). Default <c>trust</c>.</summary>
    [Required, RegularExpression("^[a-z][a-z0-9-]{1,31}$", ErrorMessage = "Trust:Code must be 2-32 lower-case letters, digits or '-', starting with a letter.")]
    public string Code { get; set; } = "trust";

    /// <summary>The trust's name. Default <c>ProfD Trust</c>.</summary>
    [Required]
    public string Name { get; set; } = "ProfD Trust";

    /// <summary>The folder for the SQLite file <c>trust.db</c>. Default <c>./data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Where the data lives: empty for <c>{DataDirectory}/trust.db</c>, a <c>Data Source=…</c> string for a SQLite file
    /// elsewhere, or a PostgreSQL connection string (<c>Host=…;Database=…</c>).
    /// </summary>
    public string? Database { get; set; }

    /// <summary>How often the harvester follows every active node's change feed. Default 5 minutes; 1 second to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Trust:HarvestInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan HarvestInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the health checker asks every registered node who it is. Default 1 minute; 1 second to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Trust:HealthCheckInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long one call to a node may take (a health check, a registration probe, one page of a change feed, a
    /// dashboard figure). Default 10 seconds; 100 ms to 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:05:00", ErrorMessage = "Trust:NodeTimeout must be between 00:00:00.1 and 00:05:00.")]
    public TimeSpan NodeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many changes the harvester asks a node for at once. Default 100; 1 to 500.</summary>
    [Range(1, 500, ErrorMessage = "Trust:HarvestPageSize must be between 1 and 500.")]
    public int HarvestPageSize { get; set; } = 100;

    /// <summary>
    /// The first wait after a node's harvest fails; each further failure doubles it, up to
    /// <see cref="HarvestRetryMax"/>. Default 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Trust:HarvestRetryBase must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan HarvestRetryBase { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between retries of a failing node. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Trust:HarvestRetryMax must be between 00:00:00 and 7.00:00:00.")]
    public TimeSpan HarvestRetryMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether the harvester and health checker run in the background. Default true; tests and tools that drive them
    /// by hand turn it off.
    /// </summary>
    public bool BackgroundWork { get; set; } = true;
}
