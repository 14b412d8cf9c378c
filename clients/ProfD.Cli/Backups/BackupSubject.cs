namespace ProfD.Cli.Backups;

/// <summary>
/// What a backup holds for one server with a SQLite data directory: its database file and its key folder
/// (<c>keys/{code}</c>: login keys, cookie keys, service secrets, the credential-signing key). Media files are not in it.
/// </summary>
internal sealed record BackupSubject(string Code, string DatabaseFile)
{
    public static BackupSubject Node(string institution) => new(institution, $"{institution}.db");

    public static BackupSubject Trust() => new("trust", "trust.db");

    public string KeysFolder => Path.Combine("keys", Code);
}
