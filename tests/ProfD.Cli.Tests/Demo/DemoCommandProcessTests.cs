using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Demo;

/// <summary><c>profd demo</c> as a real process: three seeded institution nodes on consecutive ports, stopped by one signal.</summary>
public sealed class DemoCommandProcessTests : IDisposable
{
    private static readonly string[] Institutions = ["uclioe", "unimelb", "makerere"];

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Demo_serves_three_seeded_institutions_and_stops_cleanly_on_SIGINT()
    {
        // The trust, the nodes, the gateway and the web front-end: port base + 0 to + 5.
        var portBase = FreePorts.Range(Institutions.Length + 3);
        using var profd = ProfdProcess.Start(_temp.Path, "demo", "--data", _temp.Combine("demo"), "--port-base", portBase.ToString());

        for (var i = 0; i < Institutions.Length; i++)
        {
            using var node = new NodeClient(portBase + 1 + i);
            await node.WaitUntilHealthyAsync(profd);
            var data = await node.QueryAsync("{ institution { code } schools { totalCount } }");

            Assert.Equal(Institutions[i], data.GetProperty("institution").GetProperty("code").GetString());
            Assert.True(data.GetProperty("schools").GetProperty("totalCount").GetInt32() > 0, data.ToString());
            Assert.True(File.Exists(_temp.Combine(Path.Combine("demo", $"{Institutions[i]}.db"))), $"{Institutions[i]} has its own SQLite file");
        }
        // The banner comes once every host, the trust included, has started: the nodes can answer before it.
        await profd.WaitForOutputAsync($"curl -s http://127.0.0.1:{portBase + 1}/graphql");
        // By then the gateway routes to every node: the banner's cross-node query answers in full at once.
        using (var gateway = new NodeClient(portBase + 4))
        {
            var schools = await gateway.QueryAsync("{ schools(first: 100) { nodes { id } } }");
            Assert.Equal(Institutions.Order(), schools.GetProperty("schools").GetProperty("nodes").EnumerateArray()
                .Select(n => n.GetProperty("id").GetString()!.Split(':')[0]).Distinct().Order());
        }

        profd.Interrupt();
        await profd.WaitForExitAsync();
        Assert.True(profd.ExitCode == 0, profd.Transcript);
        Assert.Contains("stopped", profd.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("", profd.StandardError);
    }

    [Fact]
    public async Task Demo_on_a_port_in_use_exits_1_and_suggests_another_port_base()
    {
        // The trust, the nodes, the gateway and the web front-end: port base + 0 to + 5.
        var portBase = FreePorts.Range(Institutions.Length + 3);
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, portBase + 2);
        taken.Start();

        using var profd = await ProfdProcess.RunAsync(_temp.Path, "demo", "--data", _temp.Combine("demo"), "--port-base", portBase.ToString());

        Assert.True(profd.ExitCode == 1, profd.Transcript);
        Assert.Contains("--port-base", profd.StandardError, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{portBase + 2}", profd.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", profd.StandardError + profd.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
