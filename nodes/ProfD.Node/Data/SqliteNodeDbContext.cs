using Microsoft.EntityFrameworkCore;

namespace ProfD.Node.Data;

/// <summary>The node's data in a SQLite file (the embedded default); migrations in <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteNodeDbContext(DbContextOptions<SqliteNodeDbContext> options) : NodeDbContext(options);
