using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Data;
using ProfD.Node.Institution;

namespace ProfD.Node.Tests.Data;

public sealed class NodeDatabaseConnectionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "profd-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void No_database_means_a_sqlite_file_named_after_the_institution_in_a_folder_that_is_created()
    {
        var data = Path.Combine(folder, "nested", "data");

        var connection = NodeDatabaseConnection.From(new NodeOptions { Institution = "uclioe", DataDirectory = data, Database = " " });

        Assert.Equal(NodeDatabaseEngine.Sqlite, connection.Engine);
        Assert.Contains(Path.Combine(data, "uclioe.db"), connection.ConnectionString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(data));
    }

    [Fact]
    public void A_data_source_string_means_sqlite_and_its_folder_is_created()
    {
        var file = Path.Combine(folder, "elsewhere", "node.db");

        var connection = NodeDatabaseConnection.From(new NodeOptions { Institution = "uclioe", Database = $"Data Source={file}" });

        Assert.Equal(NodeDatabaseEngine.Sqlite, connection.Engine);
        Assert.Equal($"Data Source={file}", connection.ConnectionString);
        Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
    }

    [Fact]
    public void Anything_else_means_postgresql_and_its_description_names_host_and_database_but_not_the_password()
    {
        var connection = NodeDatabaseConnection.From(new NodeOptions { Institution = "uclioe", Database = "Host=db.uclioe.example;Port=5433;Database=profd;Username=node;Password=s3cret" });

        Assert.Equal(NodeDatabaseEngine.Postgres, connection.Engine);
        Assert.Equal("the PostgreSQL database 'profd' at db.uclioe.example:5433", connection.Description);
    }

    [Fact]
    public void A_database_setting_that_is_no_connection_string_is_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => NodeDatabaseConnection.From(new NodeOptions { Institution = "uclioe", Database = "postgres://oops" }));

        Assert.StartsWith("Node:Database is neither empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgresql_fails_the_start_with_one_line_naming_the_host()
    {
        var port = ClosedPort();
        var options = new NodeOptions { Institution = "uclioe", Database = $"Host=127.0.0.1;Port={port};Database=profd;Username=node;Password=x;Timeout=5" };
        await using var services = new ServiceCollection().AddLogging().AddNodeDatabase(options).BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<NodeDatabaseUnavailableException>(() => services.MigrateNodeDatabaseAsync());

        Assert.StartsWith($"Cannot open the PostgreSQL database 'profd' at 127.0.0.1:{port}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Check Node:Database", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain(" at Npgsql.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sqlite_file_that_cannot_be_opened_fails_with_a_message_naming_it()
    {
        var notADatabase = Path.Combine(folder, "not-a-database.db");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(notADatabase, new string('x', 4096));
        var options = new NodeOptions { Institution = "uclioe", Database = $"Data Source={notADatabase}" };
        await using var services = new ServiceCollection().AddLogging().AddNodeDatabase(options).BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<NodeDatabaseUnavailableException>(() => services.MigrateNodeDatabaseAsync());

        Assert.StartsWith($"Cannot open the SQLite database {notADatabase}: ", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
