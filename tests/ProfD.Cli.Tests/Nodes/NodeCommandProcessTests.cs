using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Nodes;

/// <summary><c>profd node</c> as a real process: it serves a seeded node, stops on SIGTERM, and refuses bad options in one line.</summary>
public sealed class NodeCommandProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Node_with_seed_demo_serves_its_schools_and_stops_on_SIGTERM()
    {
        var port = FreePorts.One();
        using var profd = ProfdProcess.Start(_temp.Path,
            "node", "--institution", "e2e", "--data", _temp.Combine("data"), "--urls", $"http://127.0.0.1:{port}", "--seed-demo");
        using var node = new NodeClient(port);

        await node.WaitUntilHealthyAsync(profd);
        var data = await node.QueryAsync("{ institution { code } schools { totalCount } }");

        Assert.Equal("e2e", data.GetProperty("institution").GetProperty("code").GetString());
        Assert.True(data.GetProperty("schools").GetProperty("totalCount").GetInt32() > 0, data.ToString());
        Assert.True(File.Exists(_temp.Combine(Path.Combine("data", "e2e.db"))), "the SQLite file is in --data");

        profd.Terminate();
        await profd.WaitForExitAsync();
        Assert.True(profd.ExitCode == 0, profd.Transcript);
        Assert.Contains("stopped", profd.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_institution_code_exits_2_with_one_line_and_no_stack_trace()
    {
        using var profd = await ProfdProcess.RunAsync(_temp.Path,
            "node", "--institution", "Not A Code!", "--data", _temp.Path, "--urls", $"http://127.0.0.1:{FreePorts.One()}");

        Assert.True(profd.ExitCode == 2, profd.Transcript);
        var line = Assert.Single(Lines(profd.StandardError));
        Assert.Contains("--institution", line, StringComparison.Ordinal);
        Assert.Contains("Not A Code!", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", profd.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_PostgreSQL_exits_1_naming_the_database()
    {
        using var profd = await ProfdProcess.RunAsync(_temp.Path,
            "node", "--institution", "e2e", "--data", _temp.Path, "--urls", $"http://127.0.0.1:{FreePorts.One()}",
            "--database", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2");

        Assert.True(profd.ExitCode == 1, profd.Transcript);
        var line = Assert.Single(Lines(profd.StandardError));
        Assert.Contains("PostgreSQL", line, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", line, StringComparison.Ordinal);
        Assert.Contains("--database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", profd.StandardError + profd.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Port_in_use_exits_1_naming_the_address()
    {
        var port = FreePorts.One();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
        taken.Start();

        using var profd = await ProfdProcess.RunAsync(_temp.Path,
            "node", "--institution", "e2e", "--data", _temp.Path, "--urls", $"http://127.0.0.1:{port}");

        Assert.True(profd.ExitCode == 1, profd.Transcript);
        var line = Assert.Single(Lines(profd.StandardError));
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("in use", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", profd.StandardError + profd.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
