using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the tests in <see cref="PostgresCollection"/>. With <c>PROFD_TEST_POSTGRES</c> set to a
/// connection string (whose user may create databases), that server is used; otherwise a private server is initialised
/// in a temporary folder, started on a free loopback port and removed again at the end. Each test gets databases of
/// its own from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "PROFD_TEST_POSTGRES";

    private const string OsUser = "postgres";

    // Template names get this suffix, so runs sharing a PROFD_TEST_POSTGRES server never touch each other's templates.
    private readonly string suffix = Guid.NewGuid().ToString("N")[..12];
    private readonly SemaphoreSlim templates = new(1, 1);
    private readonly HashSet<string> builtTemplates = new(StringComparer.Ordinal);
    private readonly List<string> databases = [];
    private string? folder;
    private string? binaries;
    private bool asRoot;

    /// <summary>A connection string for the server's maintenance database, as a superuser or a user who may create databases.</summary>
    public string AdminConnectionString { get; private set; } = "";

    /// <summary>Whether this fixture started the server itself (rather than using <c>PROFD_TEST_POSTGRES</c>).</summary>
    public bool IsPrivate => folder is not null;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            AdminConnectionString = external;
            return;
        }
        binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries not found: install them with `apt-get install postgresql` (the .ci/run script does) or set {EnvironmentVariable}");
        await StartPrivateServerAsync(binaries);
    }

    /// <summary>
    /// Creates an empty database (or a copy of the template <paramref name="template"/> that
    /// <see cref="EnsureTemplateAsync"/> built) with a unique name and returns a connection string for it. Databases left
    /// over are dropped when the fixture is disposed.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"profd_test_{Guid.NewGuid():N}";
        // Copying the files is several times faster than the WAL-logged copy PostgreSQL 15 makes by default.
        var strategy = await ServerVersionAsync() >= 150000 ? " STRATEGY FILE_COPY" : "";
        var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName(template)}\"{strategy}";
        await ExecuteAsync(sql);
        lock (databases) databases.Add(name);
        return ConnectionStringFor(name);
    }

    /// <summary>
    /// Makes sure the template database <paramref name="name"/> exists, building it once with <paramref name="build"/>
    /// (given its connection string); then <see cref="CreateDatabaseAsync"/> can copy it.
    /// </summary>
    public async Task EnsureTemplateAsync(string name, Func<string, Task> build)
    {
        await templates.WaitAsync();
        try
        {
            if (builtTemplates.Contains(name)) return;
            var physical = TemplateName(name);
            await ExecuteAsync($"CREATE DATABASE \"{physical}\"");
            lock (databases) databases.Add(physical);
            var connectionString = ConnectionStringFor(physical);
            await build(connectionString);
            // A template may have no open connections while it is copied.
            await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
            builtTemplates.Add(name);
        }
        finally
        {
            templates.Release();
        }
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections first.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        lock (databases) databases.Remove(name);
    }

    /// <summary>
    /// Runs one of PostgreSQL's client programs (pg_dump, pg_restore) from the server's own binaries, or from PATH for
    /// an external server, with <paramref name="connectionString"/>'s database as its <c>--dbname</c>.
    /// </summary>
    public async Task RunClientAsync(string program, string connectionString, params string[] arguments)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var dbname = $"host={c.Host} port={c.Port} user={c.Username} dbname={c.Database}";
        var start = new ProcessStartInfo(binaries is null ? program : Path.Combine(binaries, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!string.IsNullOrEmpty(c.Password)) start.Environment["PGPASSWORD"] = c.Password;
        foreach (var argument in arguments.Append("--dbname").Append(dbname)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {(await error).Trim()}");
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    private string TemplateName(string name) => $"{name}_{suffix}";

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (folder is null)
        {
            string[] left;
            lock (databases) left = [.. databases];
            foreach (var name in left)
            {
                try { await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"); }
                catch (NpgsqlException) { }
            }
            return;
        }
        try
        {
            await RunAsync(Path.Combine(binaries!, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], asRoot);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private int? serverVersion;

    private async Task<int> ServerVersionAsync()
    {
        if (serverVersion is { } known) return known;
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version_num", connection);
        serverVersion = int.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        return serverVersion.Value;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task StartPrivateServerAsync(string bin)
    {
        // initdb refuses to run as root; the postgres account that Debian's package creates owns the files instead.
        asRoot = IsRoot();
        folder = Path.Combine(asRoot ? "/tmp" : Path.GetTempPath(), $"profd-pg-{Guid.NewGuid():N}");
        var data = Path.Combine(folder, "data");
        var socket = Path.Combine(folder, "socket");
        Directory.CreateDirectory(socket);
        if (asRoot) await RunAsync("chown", ["-R", $"{OsUser}:{OsUser}", folder]);

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot);

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var settings = $"-p {port} -k {socket} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            try
            {
                await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", settings, "start"], asRoot);
                AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
                return;
            }
            catch (InvalidOperationException ex)
            {
                // Another process may have taken the port between choosing and binding it.
                last = ex;
            }
        }
        throw new InvalidOperationException($"The private PostgreSQL server did not start: {last?.Message}", last);
    }

    private static string? FindBinaries()
    {
        static bool HasServer(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        var debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasServer(d.Dir))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null) return newest.Dir;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var pgCtl = Path.Combine(dir, "pg_ctl");
            if (!File.Exists(pgCtl)) continue;
            // Follow a symbolic link to the folder that also holds initdb and postgres.
            var target = new FileInfo(pgCtl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl;
            var real = Path.GetDirectoryName(target)!;
            if (HasServer(real)) return real;
            if (HasServer(dir)) return dir;
        }
        return null;
    }

    private static bool IsRoot()
    {
        if (Environment.UserName == "root") return true;
        try
        {
            using var id = Process.Start(new ProcessStartInfo("id", "-u") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var uid = id.StandardOutput.ReadToEnd().Trim();
            id.WaitForExit();
            return uid == "0";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] arguments, bool asPostgresUser = false)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var part in new[] { "-u", OsUser, "--", file }) start.ArgumentList.Add(part);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
    }
}
