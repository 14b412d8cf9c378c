using ProfD.Node.Institution;

namespace ProfD.Cli.Nodes;

/// <summary>What <c>profd</c> tells one node: the values of the node's <c>Node</c> configuration section.</summary>
internal sealed record NodeSettings(string Institution, string DataDirectory)
{
    public string? Name { get; init; }

    public string? Nation { get; init; }

    public string? Database { get; init; }

    public bool SeedDemoData { get; init; }

    /// <summary>The trust's login hub whose tokens the node accepts and whose logins it serves (<c>Node:Identity:Hub</c>).</summary>
    public Uri? IdentityHub { get; init; }

    /// <summary>The demo accounts' password (<c>Node:Identity:DemoPassword</c>).</summary>
    public string? DemoPassword { get; init; }

    /// <summary>The settings as configuration keys (<c>Node:Institution</c>, …); unset values are left out.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        yield return Key(nameof(NodeOptions.Institution), Institution);
        yield return Key(nameof(NodeOptions.DataDirectory), DataDirectory);
        if (Name is not null) yield return Key(nameof(NodeOptions.Name), Name);
        if (Nation is not null) yield return Key(nameof(NodeOptions.Nation), Nation);
        if (Database is not null) yield return Key(nameof(NodeOptions.Database), Database);
        yield return Key(nameof(NodeOptions.SeedDemoData), SeedDemoData ? "true" : "false");
        if (IdentityHub is not null) yield return new($"{NodeOptions.Section}:Identity:Hub", IdentityHub.ToString());
        if (DemoPassword is not null) yield return new($"{NodeOptions.Section}:Identity:DemoPassword", DemoPassword);
    }

    /// <summary>The configuration key of <paramref name="property"/>, a property of <see cref="NodeOptions"/>.</summary>
    public static string KeyOf(string property) => $"{NodeOptions.Section}:{property}";

    private static KeyValuePair<string, string?> Key(string property, string value) => new(KeyOf(property), value);
}
