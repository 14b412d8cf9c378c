using ProfD.Schema.Identity;

namespace ProfD.Schema.Tests.Identity;

public sealed class ServerKeyRingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "profd-keys-" + Guid.NewGuid().ToString("N"));
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void First_run_generates_one_private_key_per_purpose()
    {
        var ring = ServerKeyRing.LoadOrCreate(_directory, _clock);

        Assert.Single(ring.SigningKeys);
        Assert.Single(ring.EncryptionKeys);
        Assert.NotEqual(ring.SigningKeys[0].KeyId, ring.EncryptionKeys[0].KeyId);
        var files = Directory.GetFiles(_directory);
        Assert.Equal(2, files.Length);
        if (OperatingSystem.IsWindows()) return;
        foreach (var file in files)
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
    }

    [Fact]
    public void A_restart_keeps_the_same_keys()
    {
        var first = ServerKeyRing.LoadOrCreate(_directory, _clock);
        _clock.Advance(TimeSpan.FromDays(30));
        var second = ServerKeyRing.LoadOrCreate(_directory, _clock);

        Assert.Equal(first.SigningKeys.Select(k => k.KeyId), second.SigningKeys.Select(k => k.KeyId));
        Assert.Equal(first.EncryptionKeys.Select(k => k.KeyId), second.EncryptionKeys.Select(k => k.KeyId));
    }

    [Fact]
    public void An_old_key_is_rolled_over_and_kept_for_validation_then_dropped()
    {
        var original = ServerKeyRing.LoadOrCreate(_directory, _clock, TimeSpan.FromDays(10)).SigningKeys[0].KeyId;

        _clock.Advance(TimeSpan.FromDays(11));
        var rolled = ServerKeyRing.LoadOrCreate(_directory, _clock, TimeSpan.FromDays(10));
        Assert.Equal(2, rolled.SigningKeys.Count);
        Assert.NotEqual(original, rolled.SigningKeys[0].KeyId);
        Assert.Equal(original, rolled.SigningKeys[1].KeyId);

        _clock.Advance(TimeSpan.FromDays(10));
        var later = ServerKeyRing.LoadOrCreate(_directory, _clock, TimeSpan.FromDays(10));
        Assert.DoesNotContain(original, later.SigningKeys.Select(k => k.KeyId));
        Assert.Equal(rolled.SigningKeys[0].KeyId, later.SigningKeys[^1].KeyId);
    }

    [Fact]
    public void The_signing_key_signs_and_verifies()
    {
        var key = (Microsoft.IdentityModel.Tokens.RsaSecurityKey)ServerKeyRing.LoadOrCreate(_directory, _clock).SigningKeys[0];
        var data = "profd"u8.ToArray();
        var signature = key.Rsa.SignData(data, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        Assert.True(key.Rsa.VerifyData(data, signature, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
