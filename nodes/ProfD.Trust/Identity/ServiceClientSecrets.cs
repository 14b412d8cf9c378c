using System.Security.Cryptography;
using ProfD.Schema.Hosting;

namespace ProfD.Trust.Identity;

/// <summary>
/// The secrets of the hub's confidential service clients, generated at first run and kept (0600) beside the hub's keys:
/// <c>harvester-secret</c> for the trust's harvester, <c>operator-secret</c> for whoever runs the trust's server.
/// </summary>
internal sealed class ServiceClientSecrets(HubKeys keys)
{
    public const string HarvesterFileName = "harvester-secret";
    public const string OperatorFileName = "operator-secret";

    private readonly Lazy<string> harvester = new(() => LoadOrCreate(keys, HarvesterFileName));
    private readonly Lazy<string> @operator = new(() => LoadOrCreate(keys, OperatorFileName));

    /// <summary>The secret of <c>profd-harvester</c>.</summary>
    public string Harvester => harvester.Value;

    /// <summary>The secret of <c>profd-operator</c>.</summary>
    public string Operator => @operator.Value;

    private static string LoadOrCreate(HubKeys keys, string fileName)
    {
        // The key ring creates the folder readable by the server's user only.
        _ = keys.Ring;
        var path = Path.Combine(keys.Directory, fileName);
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        try
        {
            OwnerOnlyFile.Write(path, secret, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process of the same trust wrote it first: theirs is the secret.
            return File.ReadAllText(path).Trim();
        }
        return secret;
    }
}
