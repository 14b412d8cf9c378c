using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Exhibitions;

/// <summary>One node seeded with <see cref="ExhibitionTestData"/>, shared by the read-only tests of a class.</summary>
public sealed class SeededNodeFixture : IAsyncLifetime
{
    public const int Count = 37;

    public NodeAppFactory Node { get; } = new();

    internal IReadOnlyList<Exhibition> Exhibitions { get; private set; } = [];

    public string Institution => Node.Institution;

    public string IdOf(string type, string key) => $"{Institution}:{type}:{key}";

    public async Task InitializeAsync() =>
        await Node.WithDatabaseAsync(async db => Exhibitions = await ExhibitionTestData.SeedAsync(db, Institution, Count));

    public Task DisposeAsync()
    {
        Node.Dispose();
        return Task.CompletedTask;
    }
}
