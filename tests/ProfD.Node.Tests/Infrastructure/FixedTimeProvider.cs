namespace ProfD.Node.Tests.Infrastructure;

/// <summary>A clock that always says the same time.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
