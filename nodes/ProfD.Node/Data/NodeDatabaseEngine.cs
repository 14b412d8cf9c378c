namespace ProfD.Node.Data;

/// <summary>The database engines a node runs on.</summary>
internal enum NodeDatabaseEngine
{
    /// <summary>A SQLite file: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for production.</summary>
    Postgres,
}
