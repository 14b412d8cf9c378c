namespace ProfD.Node.Tests.Infrastructure;

/// <summary>
/// A clock that starts at a fixed time and moves on by <paramref name="step"/> each time it is read, so that keys made
/// from it still sort in the order things happened. <see cref="Advance"/> jumps ahead (past a deadline, say).
/// </summary>
public sealed class SteppingTimeProvider(DateTimeOffset start, TimeSpan? step = null) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly TimeSpan step = step ?? TimeSpan.FromMilliseconds(10);
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            now += step;
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate) now += by;
    }
}
