using System.Text.Json;
using ProfD.Schema.Hosting;

namespace ProfD.Cli.Login;

/// <summary>
/// Keeps the login in one file only its owner can read: <c>$PROFD_HOME/login.json</c>, by default <c>~/.profd/login.json</c>.
/// </summary>
internal sealed class LoginStore(string directory)
{
    public const string HomeVariable = "PROFD_HOME";

    public string FilePath { get; } = Path.Combine(directory, "login.json");

    public static LoginStore ForCurrentUser() => new(Environment.GetEnvironmentVariable(HomeVariable) is { Length: > 0 } home
        ? home
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".profd"));

    public async Task SaveAsync(StoredLogin login, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        // The tokens are the person's: readable by nobody else, from the first byte written.
        await using (var stream = new FileStream(temporary, OwnerOnlyFile.CreateOptions(FileMode.Create)))
            await JsonSerializer.SerializeAsync(stream, login, cancellationToken: cancellationToken);
        File.Move(temporary, FilePath, overwrite: true);
    }

    public async Task<StoredLogin?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath)) return null;
        await using var stream = File.OpenRead(FilePath);
        try
        {
            return await JsonSerializer.DeserializeAsync<StoredLogin>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Forgets the login; whether there was one.</summary>
    public bool Delete()
    {
        if (!File.Exists(FilePath)) return false;
        File.Delete(FilePath);
        return true;
    }
}
