using System.Text.Json;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>Asks a GraphQL query again until its data satisfies a condition, for what profd fills in in the background.</summary>
public sealed class DemoPoll(NodeClient client, ProfdProcess process, TimeSpan deadline)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>The first data of <paramref name="query"/> that satisfies <paramref name="done"/>; fails with the last data after the deadline.</summary>
    public async Task<JsonElement> UntilAsync(string query, Func<JsonElement, bool> done)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"profd exited while waiting for: {query}\n{process.Transcript}");
            var data = await client.QueryAsync(query);
            if (done(data)) return data;
            // A deadline, not a timing assertion: only a condition that never holds fails.
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not so within {deadline.TotalSeconds}s: {query}\nLast data: {data}\n{process.Transcript}");
            await Task.Delay(Interval);
        }
    }
}
