using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ProfD.Node.Data;
using ProfD.Node.Institution;

namespace Microsoft.Extensions.DependencyInjection;

internal static class NodeDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the node's database for <paramref name="options"/> (see <see cref="NodeDatabaseConnection.From"/>):
    /// <see cref="NodeDbContext"/> (scoped) and <see cref="IDbContextFactory{NodeDbContext}"/> (singleton), both of the
    /// engine's own subclass; the <see cref="NodeDatabaseConnection"/>; a <see cref="SqlStatementCounter"/> on every
    /// context; and <see cref="DatabaseMigrator"/>, which migrates (and seeds demo data when
    /// <see cref="NodeOptions.SeedDemoData"/> is set) when the host starts.
    /// </summary>
    public static IServiceCollection AddNodeDatabase(this IServiceCollection services, NodeOptions options)
    {
        var connection = NodeDatabaseConnection.From(options);
        services.AddSingleton(connection);
        services.TryAddSingleton<SqlStatementCounter>();
        services.TryAddSingleton(TimeProvider.System);

        if (connection.Engine == NodeDatabaseEngine.Sqlite) AddContext<SqliteNodeDbContext>(services, connection);
        else AddContext<PostgresNodeDbContext>(services, connection);

        services.AddSingleton(sp => new DatabaseMigrator(
            sp.GetRequiredService<IServiceScopeFactory>(),
            connection,
            options.Institution,
            options.SeedDemoData,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DatabaseMigrator>>()));
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, NodeDatabaseConnection connection)
        where TContext : NodeDbContext
    {
        // The factory also registers TContext as scoped; NodeDbContext resolves to that same instance.
        services.AddDbContextFactory<TContext>((sp, builder) => connection.Configure(builder, sp.GetRequiredService<SqlStatementCounter>()));
        services.AddScoped<NodeDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddSingleton<IDbContextFactory<NodeDbContext>, NodeDbContextFactory<TContext>>();
    }
}
