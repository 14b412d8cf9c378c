using System.Globalization;
using ProfD.Gateway.Hosting;

namespace ProfD.Cli.Gateway;

/// <summary>What <c>profd</c> tells the gateway: values of its <c>Gateway</c> configuration section.</summary>
internal sealed record GatewaySettings(string Trust)
{
    public TimeSpan? RefreshInterval { get; init; }

    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        yield return new(KeyOf(nameof(GatewayOptions.Trust)), Trust);
        if (RefreshInterval is { } interval) yield return new(KeyOf(nameof(GatewayOptions.RefreshInterval)), interval.ToString("c", CultureInfo.InvariantCulture));
    }

    public static string KeyOf(string property) => $"{GatewayOptions.Section}:{property}";
}
