namespace ProfD.Trust.Tests.Infrastructure;

/// <summary>The engine a test's trust database runs on.</summary>
public enum TrustEngine
{
    Sqlite,
    Postgres,
}
