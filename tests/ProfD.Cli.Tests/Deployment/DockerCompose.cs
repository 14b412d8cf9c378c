using System.Diagnostics;

namespace ProfD.Cli.Tests.Deployment;

/// <summary>
/// <c>docker compose</c> (the plugin) or <c>docker-compose</c> (Debian's package, which .ci/run installs when neither is
/// there), run on the repository's docker-compose.yml. Only <c>config</c> is used: it needs no Docker daemon.
/// </summary>
internal static class DockerCompose
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var (program, prefix) = await FindAsync();
        var start = new ProcessStartInfo(program) { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in prefix.Concat(arguments)) start.ArgumentList.Add(argument);
        // Only what the test says: a developer's own PROFD_DB_PASSWORD or .env must not change the answer.
        start.Environment.Remove("PROFD_DB_PASSWORD");
        start.Environment.Remove("PROFD_SEED_DEMO");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static async Task<(string Program, string[] Prefix)> FindAsync()
    {
        if (await SucceedsAsync("docker", "compose", "version")) return ("docker", ["compose"]);
        if (await SucceedsAsync("docker-compose", "version")) return ("docker-compose", []);
        throw new InvalidOperationException("Neither 'docker compose' nor 'docker-compose' is installed: apt-get install -y docker-compose, as .ci/run does.");
    }

    private static async Task<bool> SucceedsAsync(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), process.WaitForExitAsync());
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
