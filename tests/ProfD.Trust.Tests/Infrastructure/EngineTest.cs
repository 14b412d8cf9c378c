using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>
/// Tests written once and run on both engines: derive one concrete class per engine, the PostgreSQL one in
/// <see cref="PostgresCollection"/> with the shared <see cref="PostgresServer"/>.
/// </summary>
public abstract class EngineTest(TrustEngine engine, PostgresServer? server)
{
    protected TrustEngine Engine { get; } = engine;

    protected Task<TrustHost> StartTrustAsync(Action<IDictionary<string, string?>>? settings = null) =>
        TrustHost.StartAsync(Engine, server, settings);
}
