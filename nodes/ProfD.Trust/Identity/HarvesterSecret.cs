using System.Security.Cryptography;

namespace ProfD.Trust.Identity;

/// <summary>The secret of the confidential client <c>profd-harvester</c>: generated at first run, kept in <c>harvester-secret</c> (0600) beside the hub's keys.</summary>
internal sealed class HarvesterSecret(HubKeys keys)
{
    public const string FileName = "harvester-secret";

    private readonly Lazy<string> value = new(() => LoadOrCreate(keys));

    public string Value => value.Value;

    private static string LoadOrCreate(HubKeys keys)
    {
        // The key ring creates the folder readable by the server's user only.
        _ = keys.Ring;
        var path = Path.Combine(keys.Directory, FileName);
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(new FileStream(path, options));
            writer.Write(secret);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process of the same trust wrote it first: theirs is the secret.
            return File.ReadAllText(path).Trim();
        }
        return secret;
    }
}
