using Microsoft.Data.Sqlite;
using ProfD.Cli.CommandLine;
using ProfD.Schema.Hosting;

namespace ProfD.Cli.Backups;

/// <summary>
/// Copies a server's SQLite database and keys to a backup folder, and back. The database is copied with SQLite's
/// online backup, so the server may keep running; a restore is for a stopped server.
/// </summary>
internal static class SqliteBackup
{
    public static void Back(BackupSubject subject, string dataDirectory, string backupDirectory)
    {
        var database = Path.Combine(dataDirectory, subject.DatabaseFile);
        if (!File.Exists(database))
            throw new CliFailure(ExitCodes.Failure, $"There is no database at {Path.GetFullPath(database)}: check --data (a PostgreSQL database is backed up with pg_dump, see docs/operations.md).");
        if (Directory.Exists(backupDirectory) && Directory.EnumerateFileSystemEntries(backupDirectory).Any())
            throw new CliFailure(ExitCodes.Failure, $"{Path.GetFullPath(backupDirectory)} is not empty; back up into a new folder.");

        CreatePrivateDirectory(backupDirectory);
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(backupDirectory, subject.DatabaseFile), Pooling = false }.ToString()))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        CopyTree(Path.Combine(dataDirectory, subject.KeysFolder), Path.Combine(backupDirectory, subject.KeysFolder));
    }

    public static void Restore(BackupSubject subject, string backupDirectory, string dataDirectory, bool force)
    {
        var backup = Path.Combine(backupDirectory, subject.DatabaseFile);
        if (!File.Exists(backup))
            throw new CliFailure(ExitCodes.Failure, $"{Path.GetFullPath(backupDirectory)} holds no {subject.DatabaseFile}: is it a backup of '{subject.Code}'?");
        var database = Path.Combine(dataDirectory, subject.DatabaseFile);
        if (File.Exists(database) && !force)
            throw new CliFailure(ExitCodes.Failure, $"{Path.GetFullPath(database)} exists; stop the server and add --force to replace it with the backup.");

        Directory.CreateDirectory(dataDirectory);
        // A stale write-ahead log beside the restored file would be replayed onto it.
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(database + suffix);
        File.Copy(backup, database, overwrite: true);
        var keys = Path.Combine(dataDirectory, subject.KeysFolder);
        if (Directory.Exists(keys)) Directory.Delete(keys, recursive: true);
        CopyTree(Path.Combine(backupDirectory, subject.KeysFolder), keys);
    }

    private static void CopyTree(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        CreatePrivateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            OwnerOnlyFile.Write(Path.Combine(to, Path.GetFileName(file)), File.ReadAllText(file), overwrite: false);
        foreach (var directory in Directory.GetDirectories(from))
            CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    private static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
        else Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
