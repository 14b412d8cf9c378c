using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ProfD.Node.Institution;
using ProfD.Schema.Credentials;
using ProfD.Schema.Hosting;

namespace ProfD.Node.Credentials;

/// <summary>
/// Keeps the node's signing keys as PKCS#8 PEM files in <c>{DataDirectory}/keys/{institution}/</c>: <c>signing-key.pem</c>
/// signs, and any <c>retired-*.pem</c> beside it is still published so that credentials it signed keep verifying. The
/// key is generated on first use (owner-only permissions) and never leaves the data directory; nothing is in the repo.
/// </summary>
internal sealed class FileSigningKeyStore(IOptions<NodeOptions> options, ILogger<FileSigningKeyStore> logger) : ISigningKeyStore
{
    public const string CurrentFileName = "signing-key.pem";
    public const string RetiredPattern = "retired-*.pem";

    private readonly Lock gate = new();
    private SigningKey? current;
    private JsonWebKeySet? published;

    /// <summary>The folder of this node's keys.</summary>
    public string Folder { get; } = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, "keys", options.Value.Institution));

    public SigningKey Current()
    {
        lock (gate)
        {
            Load();
            return current!;
        }
    }

    public JsonWebKeySet PublicKeys()
    {
        lock (gate)
        {
            Load();
            return published!;
        }
    }

    private void Load()
    {
        if (current is not null) return;
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, CurrentFileName);
        if (!File.Exists(path)) Create(path);
        var key = Read(path);
        current = new SigningKey(key, JsonWebKey.FromKey(key).KeyId);
        var keys = new List<JsonWebKey> { JsonWebKey.FromKey(key) };
        foreach (var retired in Directory.GetFiles(Folder, RetiredPattern).Order(StringComparer.Ordinal))
        {
            using var old = Read(retired);
            keys.Add(JsonWebKey.FromKey(old));
        }
        published = new JsonWebKeySet { Keys = keys };
    }

    private void Create(string path)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            // Another process starting on the same folder may have won the race; then its key is the key.
            OwnerOnlyFile.Write(path, key.ExportPkcs8PrivateKeyPem(), overwrite: false);
            logger.LogInformation("Generated the node's credential-signing key in {Folder}", Folder);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }

    private static ECDsa Read(string path)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }
}
