using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Data;

internal static class TrustDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the trust's database: <see cref="TrustDbContext"/> (scoped) and a factory of them (singleton) of the
    /// engine's own subclass, the <see cref="SqlStatementCounter"/>, and <see cref="TrustDatabaseMigrator"/>.
    /// </summary>
    public static IServiceCollection AddTrustDatabase(this IServiceCollection services, TrustOptions options)
    {
        var connection = TrustDatabaseConnection.From(options);
        services.AddSingleton(connection);
        services.TryAddSingleton<SqlStatementCounter>();
        if (connection.Engine == TrustDatabaseEngine.Sqlite) AddContext<SqliteTrustDbContext>(services, connection);
        else AddContext<PostgresTrustDbContext>(services, connection);
        services.AddSingleton<TrustDatabaseMigrator>();
        services.AddHostedService(sp => sp.GetRequiredService<TrustDatabaseMigrator>());
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, TrustDatabaseConnection connection)
        where TContext : TrustDbContext
    {
        services.AddDbContextFactory<TContext>((sp, builder) => connection.Configure(builder, sp.GetRequiredService<SqlStatementCounter>()));
        services.AddScoped<TrustDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddSingleton<IDbContextFactory<TrustDbContext>, TrustDbContextFactory<TContext>>();
    }
}
