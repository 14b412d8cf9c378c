using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>
/// <c>dotnet profd.dll …</c> as a real child process, with its output captured. Disposing kills it if it still runs.
/// </summary>
public sealed class ProfdProcess : IDisposable
{
    /// <summary>How long a test waits for profd to exit before it fails.</summary>
    public static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    private const int SigInt = 2;
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProfdProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Starts profd with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProfdProcess Start(string workingDirectory, params string[] arguments) =>
        Start(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Starts profd with <paramref name="arguments"/> and extra <paramref name="environment"/> variables.</summary>
    public static ProfdProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProfdAssembly());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The child listens where its arguments say, whatever the test runner's environment holds.
        foreach (var variable in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
            start.Environment.Remove(variable);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var process = new Process { StartInfo = start };
        var profd = new ProfdProcess(process);
        process.OutputDataReceived += (_, e) => profd.Append(profd._stdout, profd._stdoutClosed, e.Data);
        process.ErrorDataReceived += (_, e) => profd.Append(profd._stderr, profd._stderrClosed, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return profd;
    }

    /// <summary>Runs profd with <paramref name="arguments"/> until it exits by itself, within <see cref="ExitTimeout"/>.</summary>
    public static Task<ProfdProcess> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs profd with extra <paramref name="environment"/> variables until it exits, within <see cref="ExitTimeout"/>.</summary>
    public static async Task<ProfdProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var profd = Start(workingDirectory, environment, arguments);
        await profd.WaitForExitAsync();
        return profd;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput { get { lock (_stdout) return _stdout.ToString(); } }

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Everything it printed, for assertion messages.</summary>
    public string Transcript => $"exit: {(HasExited ? ExitCode.ToString() : "running")}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal does.</summary>
    public void Interrupt() => Signal(SigInt);

    /// <summary>Sends SIGTERM, as a service manager does.</summary>
    public void Terminate() => Signal(SigTerm);

    /// <summary>Waits until standard output contains <paramref name="text"/>; fails the test when the process exits or <see cref="ExitTimeout"/> passes first.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        var deadline = DateTime.UtcNow + ExitTimeout;
        while (!StandardOutput.Contains(text, StringComparison.Ordinal))
        {
            if (HasExited || DateTime.UtcNow > deadline)
                throw new TimeoutException($"profd never printed \"{text}\".\n{Transcript}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the process to exit and its output to be read; fails the test after <see cref="ExitTimeout"/>.</summary>
    public async Task WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"profd did not exit within {ExitTimeout.TotalSeconds}s.\n{Transcript}");
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        _process.Dispose();
    }

    private void Append(StringBuilder buffer, TaskCompletionSource closed, string? line)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }
        lock (buffer) buffer.AppendLine(line);
    }

    private void Signal(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) throw new PlatformNotSupportedException("Signals need a POSIX system.");
        if (Kill(_process.Id, signal) != 0) throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>profd.dll, copied next to the tests by the project reference, or else in the CLI's own build output.</summary>
    private static string ProfdAssembly()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "profd.dll");
        if (File.Exists(beside)) return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var built = Path.Combine(dir.FullName, "clients", "ProfD.Cli", "bin", configuration, "net10.0", "profd.dll");
            if (File.Exists(built)) return built;
        }
        throw new FileNotFoundException($"profd.dll is neither in {AppContext.BaseDirectory} nor in clients/ProfD.Cli/bin; build the solution first.");
    }

    /// <summary>The dotnet host running these tests, so the child uses the same SDK's runtime.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
