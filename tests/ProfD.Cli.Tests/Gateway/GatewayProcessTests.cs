using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Cli.Tests.Infrastructure;
using ProfD.Node.Demo;

namespace ProfD.Cli.Tests.Gateway;

/// <summary>
/// The federation as separate real processes: three <c>profd node</c>s, <c>profd trust</c> and <c>profd gateway</c>.
/// A node killed costs only its part of an answer; restarted, it is back without restarting the gateway; a fourth
/// node registered in the trust is picked up live.
/// </summary>
public sealed class GatewayProcessTests : IDisposable
{
    private const string Schools = "{ schools(first: 100) { totalCount nodes { id } } }";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly TempDirectory _temp = new();
    private readonly List<ProfdProcess> _processes = [];

    [Fact]
    public async Task A_killed_node_costs_only_its_part_comes_back_when_restarted_and_a_new_node_joins_live()
    {
        var port = FreePorts.Range(6);
        var trust = Start("trust", "--urls", Url(port), "--data", _temp.Combine("trust"));
        var nodes = new Dictionary<string, ProfdProcess>();
        string[] codes = ["uclioe", "unimelb", "makerere"];
        for (var i = 0; i < codes.Length; i++) nodes[codes[i]] = StartNode(codes[i], port + 1 + i);
        await WaitHealthyAsync(port, trust);
        for (var i = 0; i < codes.Length; i++)
        {
            await WaitHealthyAsync(port + 1 + i, nodes[codes[i]]);
            await RegisterAsync(port, codes[i], port + 1 + i);
        }
        var gateway = Start("gateway", "--urls", Url(port + 4), "--trust", Url(port) + "/graphql", "--refresh", "0.5");
        await WaitHealthyAsync(port + 4, gateway);

        // All three nodes answer.
        var full = await UntilAsync(port + 4, gateway, Schools, body => Institutions(body).Count == 3 && !body.TryGetProperty("errors", out _));
        var total = full.GetProperty("data").GetProperty("schools").GetProperty("totalCount").GetInt32();

        // makerere's process dies: the other two still answer, with one error naming it.
        nodes["makerere"].Dispose();
        await WaitClosedAsync(port + 3);
        var partial = await PostAsync(port + 4, Schools);
        Assert.Equal(["uclioe", "unimelb"], Institutions(partial).Order());
        var error = Assert.Single(partial.GetProperty("errors").EnumerateArray());
        Assert.Equal("NODE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("makerere", error.GetProperty("extensions").GetProperty("institution").GetString());
        var lookup = await PostAsync(port + 4, $"{{ school(id: \"{DemoData.GlobalIdOf("makerere", "School", 0)}\") {{ name }} }}");
        Assert.Equal(JsonValueKind.Null, lookup.GetProperty("data").GetProperty("school").ValueKind);
        Assert.Equal("NODE_UNAVAILABLE", lookup.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // Restarted on its data and port: full answers again, the gateway untouched.
        nodes["makerere"] = StartNode("makerere", port + 3);
        await WaitHealthyAsync(port + 3, nodes["makerere"]);
        var healed = await UntilAsync(port + 4, gateway, Schools, body => Institutions(body).Count == 3 && !body.TryGetProperty("errors", out _));
        Assert.Equal(total, healed.GetProperty("data").GetProperty("schools").GetProperty("totalCount").GetInt32());

        // A fourth institution registers with the trust: its schools appear through the same gateway.
        var fourth = StartNode("edinburgh", port + 5);
        await WaitHealthyAsync(port + 5, fourth);
        await RegisterAsync(port, "edinburgh", port + 5);
        var grown = await UntilAsync(port + 4, gateway, Schools, body => Institutions(body).Contains("edinburgh"));
        Assert.Equal(4, Institutions(grown).Count);
        Assert.False(grown.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(gateway.HasExited == false, gateway.Transcript);
    }

    private ProfdProcess StartNode(string code, int port) =>
        Start("node", "--institution", code, "--urls", Url(port), "--data", _temp.Combine("nodes"), "--seed-demo");

    private ProfdProcess Start(params string[] arguments)
    {
        var process = ProfdProcess.Start(_temp.Path, arguments);
        _processes.Add(process);
        return process;
    }

    private static string Url(int port) => $"http://127.0.0.1:{port}";

    private static async Task WaitHealthyAsync(int port, ProfdProcess process)
    {
        using var client = new NodeClient(port);
        await client.WaitUntilHealthyAsync(process);
    }

    private static async Task WaitClosedAsync(int port)
    {
        var until = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < until)
        {
            using var socket = new System.Net.Sockets.TcpClient();
            try
            {
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, port);
            }
            catch (System.Net.Sockets.SocketException)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Port {port} still accepts connections.");
    }

    // Registering is for TRUST_ADMIN: the operator's client credentials, whose secret the trust wrote beside its keys.
    private async Task RegisterAsync(int trustPort, string code, int nodePort)
    {
        var institution = DemoInstitutions.For(code);
        var token = await OperatorTokenAsync(trustPort);
        var body = await PostAsync(trustPort, $$"""
            mutation { registerInstitution(input: { code: "{{code}}", name: "{{institution.Name}}", nation: "{{institution.Nation}}", endpoint: "{{Url(nodePort)}}/graphql" }) { code } }
            """, token);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
    }

    private async Task<string> OperatorTokenAsync(int trustPort)
    {
        var secret = (await File.ReadAllTextAsync(Path.Combine(_temp.Combine("trust"), "keys", "trust", "identity", "operator-secret"))).Trim();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsync($"{Url(trustPort)}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "profd-operator",
            ["client_secret"] = secret,
            ["scope"] = "profd",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(int port, string query, string? accessToken = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        if (accessToken is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        using var response = await http.PostAsJsonAsync($"{Url(port)}/graphql", new { query });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asks again until the answer satisfies <paramref name="done"/>: a deadline, never a timing assertion.</summary>
    private static async Task<JsonElement> UntilAsync(int port, ProfdProcess process, string query, Func<JsonElement, bool> done)
    {
        var until = DateTime.UtcNow + Deadline;
        while (true)
        {
            var body = await PostAsync(port, query);
            if (done(body)) return body;
            if (process.HasExited || DateTime.UtcNow > until) throw new TimeoutException($"Not so within {Deadline.TotalSeconds}s: {query}\nLast: {body}\n{process.Transcript}");
            await Task.Delay(250);
        }
    }

    private static List<string> Institutions(JsonElement body) =>
        body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.GetProperty("schools").ValueKind == JsonValueKind.Object
            ? [.. data.GetProperty("schools").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("id").GetString()!.Split(':')[0]).Distinct()]
            : [];

    public void Dispose()
    {
        foreach (var process in _processes) process.Dispose();
        _temp.Dispose();
    }
}
