namespace ProfD.Trust.Data;

/// <summary>The database engines the trust runs on.</summary>
internal enum TrustDatabaseEngine
{
    /// <summary>A SQLite file: the embedded default. Library search uses FTS5.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for production. Library search uses tsvector and a GIN index.</summary>
    Postgres,
}
