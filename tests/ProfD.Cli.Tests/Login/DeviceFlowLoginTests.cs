using ProfD.Cli.CommandLine;
using ProfD.Cli.Login;

namespace ProfD.Cli.Tests.Login;

public sealed class DeviceFlowLoginTests
{
    private const string Pending = """{"error":"authorization_pending"}""";
    private const string Tokens = """{"access_token":"header.eyJzdWIiOiJ1Y2xpb2U6VGVhY2hlcjp0MSJ9.sig","refresh_token":"r1","expires_in":900}""";
    private static readonly Uri Hub = new("http://hub.test/");

    [Fact]
    public async Task Polls_while_pending_and_keeps_the_tokens_once_approved()
    {
        var hub = new ScriptedHub(Pending, Pending, Tokens);
        var time = new InstantTimeProvider();
        var output = new StringWriter();

        var login = await new DeviceFlowLogin(new HttpClient(hub), time).LoginAsync(Hub, output, CancellationToken.None);

        Assert.Equal("r1", login.RefreshToken);
        Assert.Equal(time.GetUtcNow().AddSeconds(900), login.ExpiresAt);
        Assert.Equal(3, hub.TokenRequests.Count);
        Assert.All(hub.TokenRequests, body => Assert.Contains("device_code=dev-1", body, StringComparison.Ordinal));
        Assert.All(time.Delays, delay => Assert.Equal(TimeSpan.FromSeconds(2), delay));
        Assert.Contains("http://hub.test/connect/verify and enter the code ABCD-EFGH", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_down_adds_five_seconds_to_the_interval()
    {
        var hub = new ScriptedHub("""{"error":"slow_down"}""", Tokens);
        var time = new InstantTimeProvider();

        await new DeviceFlowLogin(new HttpClient(hub), time).LoginAsync(Hub, TextWriter.Null, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(7)], time.Delays);
    }

    [Theory]
    [InlineData("access_denied", "refused")]
    [InlineData("expired_token", "expired")]
    [InlineData("invalid_client", "invalid_client")]
    public async Task A_refusal_is_a_one_line_failure(string error, string expected)
    {
        var hub = new ScriptedHub(Pending, $$"""{"error":"{{error}}"}""");

        var failure = await Assert.ThrowsAsync<CliFailure>(() =>
            new DeviceFlowLogin(new HttpClient(hub), new InstantTimeProvider()).LoginAsync(Hub, TextWriter.Null, CancellationToken.None));

        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stored_login_is_readable_only_by_its_owner()
    {
        var directory = Directory.CreateTempSubdirectory("profd-login-").FullName;
        try
        {
            var store = new LoginStore(directory);
            await store.SaveAsync(new StoredLogin { Hub = Hub.ToString(), AccessToken = "a", RefreshToken = "r", ExpiresAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);

            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.FilePath));
            Assert.Equal("r", (await store.LoadAsync(CancellationToken.None))!.RefreshToken);
            Assert.True(store.Delete());
            Assert.Null(await store.LoadAsync(CancellationToken.None));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_expired_login_is_refreshed_and_saved_before_use()
    {
        var directory = Directory.CreateTempSubdirectory("profd-login-").FullName;
        try
        {
            var time = new InstantTimeProvider();
            var store = new LoginStore(directory);
            await store.SaveAsync(new StoredLogin { Hub = Hub.ToString(), AccessToken = "old", RefreshToken = "r0", ExpiresAt = time.GetUtcNow().AddSeconds(-1) }, CancellationToken.None);
            var hub = new ScriptedHub(Tokens);

            var current = await new LoginSession(store, new DeviceFlowLogin(new HttpClient(hub), time), time).CurrentAsync(CancellationToken.None);

            Assert.NotEqual("old", current.AccessToken);
            Assert.Contains("grant_type=refresh_token", Assert.Single(hub.TokenRequests), StringComparison.Ordinal);
            Assert.Equal(current.AccessToken, (await store.LoadAsync(CancellationToken.None))!.AccessToken);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
