using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Trust;

/// <summary><c>profd trust</c> as a real process: it serves the trust from a SQLite file in --data, and refuses bad options in one line.</summary>
public sealed class TrustCommandProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Trust_serves_its_nations_from_its_data_folder_and_stops_on_SIGINT()
    {
        var port = FreePorts.One();
        using var profd = ProfdProcess.Start(_temp.Path, "trust", "--data", _temp.Combine("trust"), "--urls", $"http://127.0.0.1:{port}");
        using var trust = new NodeClient(port);

        await trust.WaitUntilHealthyAsync(profd);
        var data = await trust.QueryAsync("{ nations { code economy } institutions { totalCount } }");

        Assert.Contains(data.GetProperty("nations").EnumerateArray(), n => n.GetProperty("code").GetString() == "UG" && n.GetProperty("economy").GetString() == "DEVELOPING");
        Assert.Equal(0, data.GetProperty("institutions").GetProperty("totalCount").GetInt32());
        Assert.True(File.Exists(_temp.Combine(Path.Combine("trust", "trust.db"))), "the SQLite file is in --data");

        profd.Interrupt();
        await profd.WaitForExitAsync();
        Assert.True(profd.ExitCode == 0, profd.Transcript);
        Assert.Contains("Trust stopped.", profd.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("", profd.StandardError);
    }

    [Theory]
    [InlineData("--urls", "ftp://nowhere", "--urls")]
    [InlineData("--database", "Host=;;=nonsense", "--database")]
    public async Task A_bad_option_exits_2_with_one_line_naming_it(string option, string value, string named)
    {
        string[] arguments = option == "--urls"
            ? ["trust", "--data", _temp.Path, "--urls", value]
            : ["trust", "--data", _temp.Path, "--urls", $"http://127.0.0.1:{FreePorts.One()}", option, value];

        using var profd = await ProfdProcess.RunAsync(_temp.Path, arguments);

        Assert.True(profd.ExitCode == 2, profd.Transcript);
        var line = Assert.Single(profd.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", profd.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
