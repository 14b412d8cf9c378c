using ProfD.Trust.Hosting;

namespace ProfD.Cli.Trust;

/// <summary>What <c>profd</c> tells the trust: values of its <c>Trust</c> configuration section.</summary>
internal sealed record TrustSettings(string DataDirectory)
{
    public string? Database { get; init; }

    /// <summary>People who are TRUST_ADMIN from the start (<c>Trust:Identity:Admins</c>), by global ID.</summary>
    public IReadOnlyList<string> Admins { get; init; } = [];

    /// <summary>The exact redirect URIs of the web client <c>profd-web</c> (<c>Trust:Identity:WebRedirectUris</c>).</summary>
    public IReadOnlyList<string> WebRedirectUris { get; init; } = [];

    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        yield return new(KeyOf(nameof(TrustOptions.DataDirectory)), DataDirectory);
        if (Database is not null) yield return new(KeyOf(nameof(TrustOptions.Database)), Database);
        for (var i = 0; i < Admins.Count; i++) yield return new($"{TrustOptions.Section}:Identity:Admins:{i}", Admins[i]);
        for (var i = 0; i < WebRedirectUris.Count; i++) yield return new($"{TrustOptions.Section}:Identity:WebRedirectUris:{i}", WebRedirectUris[i]);
    }

    public static string KeyOf(string property) => $"{TrustOptions.Section}:{property}";
}
