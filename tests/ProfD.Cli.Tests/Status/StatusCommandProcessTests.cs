using System.Text.Json;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Status;

/// <summary><c>profd status</c> as a real process against the demo federation's gateway, anonymously.</summary>
[Collection(DemoFederationProcessCollection.Name)]
public sealed class StatusCommandProcessTests(DemoFederationProcess demo) : IDisposable
{
    private static readonly string[] DemoInstitutions = ["makerere", "uclioe", "unimelb"];

    private readonly TempDirectory _home = new();

    [Fact]
    public async Task Shows_every_node_with_its_schema_and_harvest_lag_as_a_table()
    {
        await GatewayReadiness.WaitForNodesAsync(demo);

        using var profd = await ProfdProcess.RunAsync(_home.Path, "status", "--gateway", demo.Gateway);

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var lines = profd.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Gateway http://127.0.0.1:", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^NODE\s+STATUS\s+GATEWAY\s+REACHABLE\s+SCHEMA\s+HARVEST LAG\s+ERROR$", lines[1]);
        foreach (var code in DemoInstitutions)
            Assert.Contains(lines, line => line.StartsWith(code + " ", StringComparison.Ordinal) && line.Contains("ACTIVE", StringComparison.Ordinal));
        // Columns line up: every row's second column starts where the header's does.
        var statusColumn = lines[1].IndexOf("STATUS", StringComparison.Ordinal);
        Assert.All(lines.Skip(2).Where(l => !l.StartsWith('!')), line => Assert.Equal("ACTIVE", line.Substring(statusColumn, 6)));
    }

    [Fact]
    public async Task Json_has_the_gateway_and_each_node_for_scripts()
    {
        await GatewayReadiness.WaitForNodesAsync(demo);

        using var profd = await ProfdProcess.RunAsync(_home.Path, "status", "--gateway", demo.Gateway, "--json");

        Assert.True(profd.ExitCode == 0, profd.Transcript);
        var status = JsonDocument.Parse(profd.StandardOutput).RootElement;
        Assert.True(status.GetProperty("gateway").GetProperty("trustReachable").GetBoolean(), profd.Transcript);
        var nodes = status.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(DemoInstitutions, nodes.Select(n => n.GetProperty("code").GetString()));
        Assert.All(nodes, node =>
        {
            Assert.Equal("ACTIVE", node.GetProperty("status").GetString());
            Assert.Equal("HEALTHY", node.GetProperty("gatewayState").GetString());
            Assert.True(node.GetProperty("reachable").GetBoolean());
            Assert.False(string.IsNullOrEmpty(node.GetProperty("schemaVersion").GetString()));
            Assert.True(node.TryGetProperty("harvestLagSeconds", out _));
        });
        Assert.Empty(status.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task An_unreachable_gateway_exits_1_with_one_line()
    {
        var nobody = $"http://127.0.0.1:{FreePorts.One()}";

        using var profd = await ProfdProcess.RunAsync(_home.Path, "status", "--gateway", nobody);

        Assert.Equal(1, profd.ExitCode);
        Assert.StartsWith($"profd: Could not reach {nobody}/health", profd.StandardError, StringComparison.Ordinal);
        Assert.Single(profd.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => _home.Dispose();
}
