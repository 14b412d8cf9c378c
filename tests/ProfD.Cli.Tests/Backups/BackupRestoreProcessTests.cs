using System.Text.Json;
using ProfD.Cli.Tests.Infrastructure;

namespace ProfD.Cli.Tests.Backups;

/// <summary>
/// <c>profd backup</c> of a running node, the node's data lost, <c>profd restore</c>, and the node started again
/// answering as before with the same keys: a tested restore, with real processes.
/// </summary>
public sealed class BackupRestoreProcessTests : IDisposable
{
    private const string Schools = "{ schools(first: 100, orderBy: [{ field: NAME }]) { totalCount nodes { id name } } }";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task A_backup_taken_while_the_node_runs_restores_its_data_and_keys_after_the_data_is_lost()
    {
        var data = _temp.Combine("nodes");
        var backup = _temp.Combine("backup");
        var port = FreePorts.One();
        string before;
        string discoveryBefore;
        using (var node = ProfdProcess.Start(_temp.Path, "node", "--institution", "uclioe", "--urls", $"http://127.0.0.1:{port}", "--data", data, "--seed-demo"))
        {
            using var client = new NodeClient(port);
            await client.WaitUntilHealthyAsync(node);
            before = (await client.QueryAsync(Schools)).ToString();
            discoveryBefore = await JwksAsync(port);

            using var backedUp = await ProfdProcess.RunAsync(_temp.Path, "backup", "--institution", "uclioe", "--data", data, "--out", backup);
            Assert.True(backedUp.ExitCode == 0, backedUp.Transcript);
            node.Terminate();
            await node.WaitForExitAsync();
        }

        Assert.True(File.Exists(Path.Combine(backup, "uclioe.db")));
        Assert.True(File.Exists(Path.Combine(backup, "keys", "uclioe", "signing-key.pem")), string.Join("\n", Directory.GetFiles(backup, "*", SearchOption.AllDirectories)));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(backup, "keys", "uclioe", "signing-key.pem")));
        Directory.Delete(data, recursive: true);

        using var restored = await ProfdProcess.RunAsync(_temp.Path, "restore", "--institution", "uclioe", "--data", data, "--from", backup);
        Assert.True(restored.ExitCode == 0, restored.Transcript);

        using (var node = ProfdProcess.Start(_temp.Path, "node", "--institution", "uclioe", "--urls", $"http://127.0.0.1:{port}", "--data", data))
        {
            using var client = new NodeClient(port);
            await client.WaitUntilHealthyAsync(node);
            Assert.Equal(before, (await client.QueryAsync(Schools)).ToString());
            // The same login keys: tokens and sessions issued before the loss still validate.
            Assert.Equal(discoveryBefore, await JwksAsync(port));
            node.Terminate();
            await node.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Restoring_over_existing_data_needs_force_and_a_backup_needs_a_new_folder()
    {
        var data = _temp.Combine("nodes");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "uclioe.db"), "");
        var backup = _temp.Combine("backup");
        Directory.CreateDirectory(backup);
        await File.WriteAllTextAsync(Path.Combine(backup, "uclioe.db"), "");

        using var restore = await ProfdProcess.RunAsync(_temp.Path, "restore", "--institution", "uclioe", "--data", data, "--from", backup);
        using var into = await ProfdProcess.RunAsync(_temp.Path, "backup", "--institution", "uclioe", "--data", data, "--out", backup);
        using var neither = await ProfdProcess.RunAsync(_temp.Path, "backup", "--out", backup);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("--force", restore.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, into.ExitCode);
        Assert.Contains("not empty", into.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("--institution CODE for a node, or --trust", neither.StandardError, StringComparison.Ordinal);
    }

    private static async Task<string> JwksAsync(int port)
    {
        using var http = new HttpClient();
        var discovery = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/.well-known/openid-configuration"));
        return await http.GetStringAsync(discovery.RootElement.GetProperty("jwks_uri").GetString());
    }

    public void Dispose() => _temp.Dispose();
}
