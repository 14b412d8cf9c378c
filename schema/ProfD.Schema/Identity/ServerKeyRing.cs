using System.Globalization;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using ProfD.Schema.Hosting;

namespace ProfD.Schema.Identity;

/// <summary>
/// The signing and encryption keys of one login server (the hub or a node's identity provider), generated at first run
/// in a directory only the server's user can read, and rolled over: a key older than the rotation period is replaced by
/// a new one, and the previous key stays published for as long again so tokens it signed keep validating.
/// </summary>
public sealed class ServerKeyRing
{
    /// <summary>How long a key signs new tokens before the next one takes over.</summary>
    public static readonly TimeSpan DefaultRotation = TimeSpan.FromDays(90);

    private ServerKeyRing(IReadOnlyList<SecurityKey> signingKeys, IReadOnlyList<SecurityKey> encryptionKeys)
    {
        SigningKeys = signingKeys;
        EncryptionKeys = encryptionKeys;
    }

    /// <summary>The signing keys, newest (the one in use) first.</summary>
    public IReadOnlyList<SecurityKey> SigningKeys { get; }

    /// <summary>The encryption keys, newest (the one in use) first.</summary>
    public IReadOnlyList<SecurityKey> EncryptionKeys { get; }

    /// <summary>Loads the keys in <paramref name="directory"/>, creating or rolling them over as needed.</summary>
    public static ServerKeyRing LoadOrCreate(string directory, TimeProvider time, TimeSpan? rotation = null)
    {
        var period = rotation ?? DefaultRotation;
        CreatePrivateDirectory(directory);
        var now = time.GetUtcNow();
        return new ServerKeyRing(LoadPurpose(directory, "signing", now, period), LoadPurpose(directory, "encryption", now, period));
    }

    private static List<SecurityKey> LoadPurpose(string directory, string purpose, DateTimeOffset now, TimeSpan period)
    {
        var files = Directory.GetFiles(directory, $"{purpose}-*.pem")
            .Select(path => (Path: path, Created: ParseCreated(path)))
            .Where(f => f.Created is not null)
            .Select(f => (f.Path, Created: f.Created!.Value))
            .OrderByDescending(f => f.Created)
            .ToList();

        if (files.Count == 0 || now - files[0].Created >= period)
            files.Insert(0, (Create(directory, purpose, now), now));

        var keys = new List<SecurityKey>();
        foreach (var (path, created) in files)
        {
            // The newest key signs; the one before it still validates; anything older has no live tokens left.
            if (keys.Count > 0 && now - created >= period * 2)
            {
                File.Delete(path);
                continue;
            }
            keys.Add(Read(path));
        }
        return keys;
    }

    private static string Create(string directory, string purpose, DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        var path = Path.Combine(directory, $"{purpose}-{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.pem");
        OwnerOnlyFile.Write(path, rsa.ExportPkcs8PrivateKeyPem(), overwrite: false);
        return path;
    }

    private static RsaSecurityKey Read(string path)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        var modulus = rsa.ExportParameters(includePrivateParameters: false).Modulus!;
        // A key ID from the public key itself: stable across restarts, different for every key.
        return new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(modulus))[..16] };
    }

    private static DateTimeOffset? ParseCreated(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dash = name.LastIndexOf('-');
        return long.TryParse(name[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(directory);
        else
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
