using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace ProfD.Gateway.Execution;

/// <summary>
/// Documents that passed validation against one composed schema, by query text: a repeated query skips the
/// document-wide validation rules (variables are still checked for every request). A new composition brings a new,
/// empty cache, so nothing validated against an earlier schema is trusted.
/// </summary>
internal sealed class ValidatedDocumentCache
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private long _hits;
    private long _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public GraphQLDocument? Find(string query)
    {
        if (_documents.TryGetValue(query, out var document))
        {
            Interlocked.Increment(ref _hits);
            return document;
        }
        Interlocked.Increment(ref _misses);
        return null;
    }

    public void Add(string query, GraphQLDocument document)
    {
        // Full means someone is sending ever new texts (literals in queries): start again rather than grow.
        if (_documents.Count >= Capacity) _documents.Clear();
        _documents.TryAdd(query, document);
    }
}
