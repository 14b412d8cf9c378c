using ProfD.Node.Data;

namespace Microsoft.Extensions.DependencyInjection;

internal static class DatabaseMigratorServiceProviderExtensions
{
    /// <summary>
    /// Migrates the node's database (and seeds demo data when configured) now, instead of waiting for the host to
    /// start; for the CLI and tests. Needs <see cref="NodeDatabaseServiceCollectionExtensions.AddNodeDatabase"/>.
    /// </summary>
    public static Task MigrateNodeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
}
