using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Data;

/// <summary>
/// The PostgreSQL backup docs/operations.md describes: <c>pg_dump --format=custom</c> of a node's database, restored
/// with <c>pg_restore</c> into an empty one, serves the same node, including what was written after seeding.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBackupRestoreTests(PostgresServer server) : IDisposable
{
    private const string Snapshot = """
        { institution { code name }
          schools(first: 100) { totalCount nodes { id name nation city } }
          exhibitions(first: 100) { totalCount nodes { id title status document media { mediaId sha256 } } } }
        """;

    private readonly string _dump = Path.Combine(Path.GetTempPath(), $"profd-{Guid.NewGuid():N}.dump");

    [Fact]
    public async Task A_pg_dump_restored_into_an_empty_database_serves_the_same_data()
    {
        var original = await server.CreateDatabaseAsync();
        string before;
        using (var node = new NodeAppFactory("uclioe", original, seedDemoData: true))
        {
            await node.QueryAsync("""mutation { createSchool(input: { name: "Written after seeding", nation: "GB", economy: DEVELOPED }) { id } }""");
            before = (await node.QueryAsync(Snapshot)).GetRawText();
        }
        Assert.Contains("Written after seeding", before, StringComparison.Ordinal);

        await server.RunClientAsync("pg_dump", original, "--format=custom", "--file", _dump);
        var restored = await server.CreateDatabaseAsync();
        await server.RunClientAsync("pg_restore", restored, "--no-owner", _dump);

        using var again = new NodeAppFactory("uclioe", restored);
        Assert.Equal(before, (await again.QueryAsync(Snapshot)).GetRawText());
        // Still writable: migrations saw an up-to-date database and the keyset of every table carries on.
        await again.QueryAsync("""mutation { createSchool(input: { name: "Written after restoring", nation: "GB", economy: DEVELOPED }) { id } }""");
    }

    public void Dispose() => File.Delete(_dump);
}
