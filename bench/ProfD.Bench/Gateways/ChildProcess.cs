using System.Diagnostics;

namespace ProfD.Bench.Gateways;

/// <summary>
/// A server the load driver started (profd trust, node or gateway; node for Apollo or Hive Gateway), with the last lines
/// it printed kept for error messages. Every one started is killed, with its children, when the driver ends: normally,
/// by an exception, or by Ctrl-C.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 40;
    private static readonly List<ChildProcess> Started = [];
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines it wrote to stdout and stderr.</summary>
    public string Tail { get { lock (_tail) return string.Join('\n', _tail); } }

    public static ChildProcess Start(string name, string fileName, string workingDirectory, params string[] arguments) =>
        Start(name, fileName, workingDirectory, new Dictionary<string, string>(), arguments);

    public static ChildProcess Start(string name, string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var variable in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
            start.Environment.Remove(variable);
        start.Environment["NODE_ENV"] = "production";
        foreach (var (variable, value) in environment) start.Environment[variable] = value;

        var child = new ChildProcess(name, new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        lock (Started) Started.Add(child);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > KeptLines) _tail.Dequeue();
        }
    }

    public static void KillAll()
    {
        ChildProcess[] all;
        lock (Started) all = [.. Started];
        foreach (var child in all) child.Dispose();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        lock (Started) Started.Remove(this);
        _process.Dispose();
    }
}
