using System.Diagnostics;

namespace ProfD.Node.Tests.Infrastructure;

/// <summary>Waits for a condition that another thread or process makes true, up to a bound; never a fixed sleep.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string failure, int timeoutSeconds = 30)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(timeoutSeconds)) throw new Xunit.Sdk.XunitException($"{failure} (waited {timeoutSeconds} s)");
            await Task.Delay(10);
        }
    }
}
