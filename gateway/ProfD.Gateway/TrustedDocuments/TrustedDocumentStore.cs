using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProfD.Gateway.Hosting;

namespace ProfD.Gateway.TrustedDocuments;

/// <summary>
/// The operations this gateway trusts, by SHA-256: every <c>{sha256}.graphql</c> file in
/// <see cref="GatewayOptions.TrustedDocuments"/>, read at start. A file whose name is not the hash of its bytes stops
/// the start, so a document can never be run under another's name.
/// </summary>
internal sealed class TrustedDocumentStore
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);

    public TrustedDocumentStore(IOptions<GatewayOptions> options)
    {
        var folder = options.Value.TrustedDocuments;
        if (folder is null) return;
        if (!Directory.Exists(folder)) throw new OptionsValidationException(GatewayOptions.Section, typeof(GatewayOptions), [$"Gateway:TrustedDocuments '{folder}' is not a folder."]);
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql"))
        {
            var bytes = File.ReadAllBytes(file);
            var hash = HashOf(bytes);
            var named = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
            if (named != hash)
                throw new OptionsValidationException(GatewayOptions.Section, typeof(GatewayOptions), [$"Trusted document {Path.GetFileName(file)} is named for another hash: its SHA-256 is {hash}."]);
            _documents[hash] = Encoding.UTF8.GetString(bytes);
        }
    }

    public int Count => _documents.Count;

    public bool TryGet(string sha256, out string document) => _documents.TryGetValue(sha256.ToLowerInvariant(), out document!);

    public bool Contains(string document) => _documents.ContainsKey(HashOf(Encoding.UTF8.GetBytes(document)));

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
