using ProfD.Trust.Hosting;

namespace ProfD.Cli.Trust;

/// <summary>What <c>profd</c> tells the trust: values of its <c>Trust</c> configuration section.</summary>
internal sealed record TrustSettings(string DataDirectory)
{
    public string? Database { get; init; }

    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        yield return new(KeyOf(nameof(TrustOptions.DataDirectory)), DataDirectory);
        if (Database is not null) yield return new(KeyOf(nameof(TrustOptions.Database)), Database);
    }

    public static string KeyOf(string property) => $"{TrustOptions.Section}:{property}";
}
