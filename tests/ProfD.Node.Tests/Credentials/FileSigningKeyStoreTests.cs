using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProfD.Node.Credentials;
using ProfD.Node.Institution;

namespace ProfD.Node.Tests.Credentials;

/// <summary>The node's signing key: made at first use in the data directory, private to its owner, kept across restarts.</summary>
public sealed class FileSigningKeyStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "profd-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private FileSigningKeyStore Store(string institution = "keynode") =>
        new(Options.Create(new NodeOptions { Institution = institution, DataDirectory = folder }), NullLogger<FileSigningKeyStore>.Instance);

    [Fact]
    public void The_key_is_generated_on_first_use_into_the_data_directory_readable_only_by_its_owner()
    {
        var store = Store();
        var path = Path.Combine(folder, "keys", "keynode", FileSigningKeyStore.CurrentFileName);
        Assert.False(File.Exists(path));

        var key = store.Current();

        Assert.True(File.Exists(path));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(path), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(key.KeyId, store.PublicKeys().Keys[0].KeyId);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void A_restarted_node_signs_with_the_same_key_and_each_institution_has_its_own()
    {
        var first = Store().Current().KeyId;

        Assert.Equal(first, Store().Current().KeyId);
        Assert.NotEqual(first, Store("othernode").Current().KeyId);
    }

    [Fact]
    public void Retired_keys_stay_published_after_the_current_key()
    {
        var store = Store();
        var current = store.Current().KeyId;
        using var old = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(Path.Combine(folder, "keys", "keynode", "retired-2029.pem"), old.ExportPkcs8PrivateKeyPem());

        var keys = Store().PublicKeys().Keys;

        Assert.Equal([current, Schema.Credentials.JsonWebKey.FromKey(old).KeyId], keys.Select(k => k.KeyId));
    }
}
