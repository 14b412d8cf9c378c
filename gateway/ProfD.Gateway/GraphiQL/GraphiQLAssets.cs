using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;

namespace ProfD.Gateway.GraphiQL;

/// <summary>
/// The GraphiQL bundle (<c>wwwroot/graphiql</c>, built by <c>npm run build</c> in this folder), embedded in the gateway
/// assembly so that <c>dotnet run</c>, <c>profd</c> and the tests serve it alike, with no files beside the binaries.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string Prefix = "ProfD.Gateway.GraphiQL.wwwroot.";

    private readonly Dictionary<string, GraphiQLAsset> _assets;

    private GraphiQLAssets(Dictionary<string, GraphiQLAsset> assets, string version)
    {
        _assets = assets;
        Version = version;
    }

    /// <summary>A hash of every file: the pages ask for <c>?v=</c> it, so a new build is never served from a stale cache.</summary>
    public string Version { get; }

    public static GraphiQLAssets Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..];
            var contentType = Path.GetExtension(name) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                _ => null,
            };
            if (contentType is null) continue;
            var content = Read(assembly, resource);
            hash.AppendData(content);
            assets[name] = new GraphiQLAsset(content, contentType);
        }
        if (!assets.ContainsKey("graphiql.js") || !assets.ContainsKey("graphiql.css"))
            throw new InvalidOperationException("The GraphiQL bundle is not embedded in the gateway: run `npm ci && npm run build` in gateway/ProfD.Gateway/GraphiQL.");
        return new GraphiQLAssets(assets, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    public GraphiQLAsset? Find(string name) => _assets.GetValueOrDefault(name);

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>One file of the bundle, and its gzip, made the first time a browser asks for it.</summary>
internal sealed class GraphiQLAsset(byte[] content, string contentType)
{
    private readonly Lazy<byte[]> _gzip = new(() =>
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal)) gzip.Write(content);
        return buffer.ToArray();
    });

    public byte[] Content => content;

    public byte[] Gzip => _gzip.Value;

    public string ContentType => contentType;
}
