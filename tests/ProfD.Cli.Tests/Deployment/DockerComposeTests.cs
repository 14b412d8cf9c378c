using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ProfD.Cli.Tests.Deployment;

/// <summary>
/// docker-compose.yml as <c>docker compose config</c> resolves it: valid, the trust and three nodes each on their own
/// PostgreSQL database, the gateway and the web front-end, every service wired to the others' addresses.
/// </summary>
public sealed partial class DockerComposeTests
{
    private const string Password = "test-only-password";
    private static readonly string[] Institutions = ["uclioe", "unimelb", "makerere"];

    [Fact]
    public async Task Config_validates_with_the_trust_three_nodes_each_on_its_own_database_the_gateway_and_the_web()
    {
        var services = await ServicesAsync();

        Assert.Superset(new HashSet<string>(["trust", "trust-db", "gateway", "web", "register", .. Institutions.SelectMany(c => new[] { $"node-{c}", $"{c}-db" })]),
            services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet());
        var ports = new HashSet<string>();
        var volumes = new HashSet<string>();
        foreach (var (service, database, setting) in Institutions.Select(c => ($"node-{c}", c, "Node__Database")).Append(("trust", "trust", "Trust__Database")))
        {
            var connection = Environment(services, service)[setting];
            var port = ConnectionValue(connection, "Port");
            Assert.Equal(database, ConnectionValue(connection, "Database"));
            Assert.Equal(Password, ConnectionValue(connection, "Password"));
            var db = Environment(services, $"{database}-db");
            Assert.Equal((port, database), (db["PGPORT"], db["POSTGRES_DB"]));
            Assert.True(ports.Add(port), $"{service}'s database port {port} is another service's too");
            Assert.True(volumes.Add(Volumes(services, $"{database}-db").Single()), $"{database}-db shares its volume");
            if (service != "trust") Assert.Equal(database, Environment(services, service)["Node__Institution"]);
        }
    }

    [Fact]
    public async Task Every_service_is_built_from_a_dockerfile_here_and_finds_the_others_at_their_loopback_addresses()
    {
        var services = await ServicesAsync();
        string UrlOf(string service) => Environment(services, service)["ASPNETCORE_URLS"];

        foreach (var service in new[] { "trust", "gateway", "web" }.Concat(Institutions.Select(c => $"node-{c}")))
        {
            var build = (YamlMappingNode)((YamlMappingNode)services[service])["build"];
            var dockerfile = Path.Combine(((YamlScalarNode)build["context"]).Value!, ((YamlScalarNode)build["dockerfile"]).Value!);
            Assert.True(File.Exists(dockerfile), $"{service}: {dockerfile} does not exist");
            // The login servers take plain HTTP from loopback only, so every server listens there.
            Assert.StartsWith("http://127.0.0.1:", UrlOf(service), StringComparison.Ordinal);
        }
        var trust = UrlOf("trust");
        Assert.Equal(trust + "/", Environment(services, "trust")["Trust__Identity__Issuer"]);
        Assert.Equal(UrlOf("web") + "/signin-oidc", Environment(services, "trust")["Trust__Identity__WebRedirectUris__0"]);
        Assert.All(Institutions, c => Assert.Equal(trust + "/", Environment(services, $"node-{c}")["Node__Identity__Hub"]));
        Assert.Equal(trust + "/graphql", Environment(services, "gateway")["Gateway__Trust"]);
        Assert.Equal(UrlOf("gateway") + "/graphql", Environment(services, "web")["Web__Gateway"]);
        Assert.Equal(trust + "/", Environment(services, "web")["Web__Hub"]);

        // The register service names each node at the address it listens on.
        var script = await File.ReadAllTextAsync(RepositoryRoot.Combine("deploy/register-institutions.sh"));
        var registered = RegisterLine().Matches(script).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["endpoint"].Value);
        Assert.Equal(Institutions.Order(), registered.Keys.Order());
        Assert.All(Institutions, c => Assert.Equal(UrlOf($"node-{c}") + "/graphql", registered[c]));
        Assert.Contains(Volumes(services, "register"), v => v.StartsWith(Volumes(services, "trust").Single().Split(':')[0] + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_database_password_config_refuses_and_says_which_setting()
    {
        var (exitCode, _, error) = await DockerCompose.RunAsync(new Dictionary<string, string?>(), "config", "--quiet");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("PROFD_DB_PASSWORD", error, StringComparison.Ordinal);
    }

    private static async Task<YamlMappingNode> ServicesAsync()
    {
        var (exitCode, output, error) = await DockerCompose.RunAsync(new Dictionary<string, string?> { ["PROFD_DB_PASSWORD"] = Password }, "config");
        Assert.True(exitCode == 0, error);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(output));
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    private static Dictionary<string, string> Environment(YamlMappingNode services, string service) =>
        ((YamlMappingNode)((YamlMappingNode)services[service])["environment"]).Children
            .ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "");

    /// <summary>A service's volumes as "source:target[:mode]", in either form compose prints them.</summary>
    private static List<string> Volumes(YamlMappingNode services, string service) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)services[service])["volumes"]).Children.Select(v => v switch
        {
            YamlScalarNode short_ => short_.Value!,
            YamlMappingNode long_ => $"{((YamlScalarNode)long_["source"]).Value}:{((YamlScalarNode)long_["target"]).Value}",
            _ => throw new InvalidOperationException($"A volume of {service} is neither a string nor a mapping."),
        })];

    private static string ConnectionValue(string connection, string key) =>
        connection.Split(';').Select(p => p.Split('=', 2)).Single(p => p[0].Equals(key, StringComparison.OrdinalIgnoreCase))[1];

    [GeneratedRegex("""^register (?<code>\w+) "[^"]+" [A-Z]{2} (?<endpoint>\S+)$""", RegexOptions.Multiline)]
    private static partial Regex RegisterLine();
}
