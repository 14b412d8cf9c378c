using System.ComponentModel.DataAnnotations;

namespace ProfD.Node.Institution;

/// <summary>Who this node is and where it keeps its data. Bound from the <c>Node</c> section and validated at start.</summary>
internal sealed class NodeOptions
{
    public const string Section = "Node";

    /// <summary>The institution's code, the first segment of every ID this node issues (for example <c>uclioe</c>). Required.</summary>
    [Required, RegularExpression("^[a-z][a-z0-9-]{1,31}$", ErrorMessage = "Node:Institution must be 2-32 lower-case letters, digits or '-', starting with a letter.")]
    public string Institution { get; set; } = "";

    /// <summary>The institution's name. Default: the code.</summary>
    public string? Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the institution's nation. Default <c>GB</c>.</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Node:Nation must be an ISO 3166-1 alpha-2 code such as GB.")]
    public string Nation { get; set; } = "GB";

    /// <summary>The title this institution awards, for example "Prof.D". Default <c>Prof.D</c>.</summary>
    public string AwardTitle { get; set; } = "Prof.D";

    /// <summary>The folder for the SQLite file and media. Default <c>./data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Where the data lives: empty for a SQLite file in <see cref="DataDirectory"/>, a <c>Data Source=…</c> string for a
    /// SQLite file elsewhere, or a PostgreSQL connection string (<c>Host=…;Database=…</c>).
    /// </summary>
    public string? Database { get; set; }

    /// <summary>Fill an empty database with demo data at start. Default false.</summary>
    public bool SeedDemoData { get; set; }
}
