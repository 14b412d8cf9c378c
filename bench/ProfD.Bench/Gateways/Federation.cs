using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ProfD.Bench.Gateways;

/// <summary>
/// Starts the pieces as real processes on 127.0.0.1, each on a free port: <c>profd trust</c>, <c>profd node</c>s
/// (demo data), <c>profd gateway</c>, and the Node.js gateways of <c>bench/gateways</c>. Disposing kills them all.
/// </summary>
internal sealed class Federation : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private readonly List<ChildProcess> _children = [];
    private readonly HttpClient _http = Load.NewClient();

    private Federation(string root, string data)
    {
        Root = root;
        Data = data;
        Profd = Path.Combine(root, "clients", "ProfD.Cli", "bin", "Release", "net10.0", "profd.dll");
        if (!File.Exists(Profd))
            throw new InvalidOperationException($"{Profd} is missing: run `dotnet build -c Release clients/ProfD.Cli` first.");
    }

    public string Root { get; }

    public string Data { get; }

    public string Profd { get; }

    public Uri? TrustUrl { get; private set; }

    /// <summary>Where the gateways find the trust: <see cref="TrustUrl"/>, or a <see cref="CachingProxy"/> in front of it.</summary>
    public Uri? GatewayTrustUrl { get; set; }

    public static Federation Create()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ProfD.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the ProfD repository.");
        var data = Path.Combine(Path.GetTempPath(), $"profd-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(data);
        return new Federation(root, data);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Uri GraphQl(int port) => new($"http://127.0.0.1:{port}/graphql");

    private ChildProcess StartProfd(string name, params string[] arguments) => StartProfd(name, new Dictionary<string, string>(), arguments);

    private ChildProcess StartProfd(string name, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var child = ChildProcess.Start(name, "dotnet", Data, environment, [Profd, .. arguments]);
        _children.Add(child);
        return child;
    }

    public async Task<Uri> StartTrustAsync()
    {
        var port = FreePort();
        var trust = StartProfd("trust", "trust", "--urls", $"http://127.0.0.1:{port}", "--data", Path.Combine(Data, "trust"));
        await WaitHealthyAsync(trust, port);
        return TrustUrl = GraphQl(port);
    }

    /// <summary>Starts <c>profd node --seed-demo</c> for <paramref name="code"/> without waiting for it.</summary>
    public (ChildProcess Process, int Port) StartNode(string code)
    {
        var port = FreePort();
        return (StartProfd(code, "node", "--institution", code, "--urls", $"http://127.0.0.1:{port}", "--data", Path.Combine(Data, "nodes"), "--seed-demo"), port);
    }

    /// <summary>Waits for a started node, then registers it in the trust with the name and nation it reports.</summary>
    public async Task<Uri> RegisterNodeAsync(string code, ChildProcess node, int port, Uri? endpoint = null)
    {
        await WaitHealthyAsync(node, port);
        var url = GraphQl(port);
        var load = new Load(_http);
        var institution = (await load.CheckAsync(code, url, "{ institution { name nation } }")).GetProperty("data").GetProperty("institution");
        await load.CheckAsync("trust", TrustUrl!, $$"""
            mutation { registerInstitution(input: { code: {{JsonSerializer.Serialize(code)}}, name: {{JsonSerializer.Serialize(institution.GetProperty("name").GetString())}}, nation: "{{institution.GetProperty("nation").GetString()}}", endpoint: "{{endpoint ?? url}}" }) { code } }
            """, accessToken: await OperatorTokenAsync());
        return url;
    }

    // Registering is for TRUST_ADMIN: the operator's client credentials, whose secret the trust wrote beside its keys.
    private async Task<string> OperatorTokenAsync()
    {
        var secret = (await File.ReadAllTextAsync(Path.Combine(Data, "trust", "keys", "trust", "identity", "operator-secret"))).Trim();
        using var response = await _http.PostAsync(new Uri(TrustUrl!, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "profd-operator",
            ["client_secret"] = secret,
            ["scope"] = "profd",
        }));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// Starts <c>profd gateway --refresh 1</c>. With <paramref name="quietPolly"/>, <c>Logging__LogLevel__Polly=Warning</c>
    /// in its environment drops the Information line Polly's telemetry writes to the console for every subrequest.
    /// </summary>
    public async Task<Uri> StartProfdGatewayAsync(bool quietPolly = false)
    {
        var port = FreePort();
        var environment = quietPolly ? new Dictionary<string, string> { ["Logging__LogLevel__Polly"] = "Warning" } : [];
        var gateway = StartProfd(quietPolly ? "profd gateway (Polly at Warning)" : "profd gateway", environment, "gateway", "--urls", $"http://127.0.0.1:{port}", "--trust", (GatewayTrustUrl ?? TrustUrl!).ToString(), "--refresh", "1");
        await WaitHealthyAsync(gateway, port);
        return GraphQl(port);
    }

    /// <summary>Starts <c>node bench/gateways/SCRIPT.mjs</c> over the trust and one node; it listens once it has composed.</summary>
    public async Task<Uri> StartNodeJsGatewayAsync(string name, string script, Uri node, string nodeName)
    {
        var directory = Path.Combine(Root, "bench", "gateways");
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
            throw new InvalidOperationException("bench/gateways/node_modules is missing: run `npm ci --prefix bench/gateways` first.");
        var port = FreePort();
        var child = ChildProcess.Start(name, "node", directory, script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), (GatewayTrustUrl ?? TrustUrl!).ToString(), node.ToString(), nodeName);
        _children.Add(child);
        var url = GraphQl(port);
        await UntilAsync(child, async () =>
        {
            using var response = await _http.PostAsync(url, new ByteArrayContent(Load.Body("{ __typename }")) { Headers = { ContentType = new("application/json") } });
            return response.IsSuccessStatusCode;
        });
        return url;
    }

    /// <summary>Asks <paramref name="url"/> until <paramref name="done"/> holds for its answer (gateways refresh their view of the registry).</summary>
    public async Task UntilAnswerAsync(string target, Uri url, string query, Func<JsonElement, bool> done)
    {
        var load = new Load(_http);
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            try
            {
                if (done(await load.CheckAsync(target, url, query))) return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < until)
            {
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"{target} did not answer {query} as expected within {Deadline.TotalSeconds} s.");
            await Task.Delay(250);
        }
    }

    private Task WaitHealthyAsync(ChildProcess child, int port) => UntilAsync(child, async () =>
    {
        using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
        return response.IsSuccessStatusCode;
    });

    private static async Task UntilAsync(ChildProcess child, Func<Task<bool>> ready)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (child.HasExited) throw new InvalidOperationException($"{child.Name} exited:\n{child.Tail}");
            try
            {
                if (await ready()) return;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > until) throw new TimeoutException($"{child.Name} not ready within {Deadline.TotalSeconds} s:\n{child.Tail}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        foreach (var child in _children) child.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
