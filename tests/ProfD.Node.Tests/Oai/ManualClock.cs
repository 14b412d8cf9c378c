namespace ProfD.Node.Tests.Oai;

/// <summary>A clock the test moves by hand, so that datestamps differ and are known.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
