using System.Net.Http.Json;
using System.Text.Json;

namespace ProfD.Cli.Tests.Infrastructure;

/// <summary>Talks to a node that profd runs: waits for <c>/health</c>, posts GraphQL to <c>/graphql</c>.</summary>
public sealed class NodeClient(Uri baseAddress) : IDisposable
{
    /// <summary>How long a node may take to start (migrate, seed, listen) before the test fails.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public NodeClient(int port, string? accessToken = null) : this(new Uri($"http://127.0.0.1:{port}/"))
    {
        if (accessToken is not null) _http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
    }

    /// <summary>
    /// Polls <c>/health</c> until it answers 200, failing after <see cref="StartTimeout"/> or as soon as
    /// <paramref name="process"/> exits.
    /// </summary>
    public async Task WaitUntilHealthyAsync(ProfdProcess process)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"profd exited before {_http.BaseAddress} was healthy.\n{process.Transcript}");
            try
            {
                using var response = await _http.GetAsync("health", deadline.Token);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
            {
                // One request timed out; try again while there is time.
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        throw new TimeoutException($"{_http.BaseAddress}health did not answer within {StartTimeout.TotalSeconds}s.\n{process.Transcript}");
    }

    /// <summary>POSTs <paramref name="query"/> and returns <c>data</c>, failing the test on any GraphQL error.</summary>
    public async Task<JsonElement> QueryAsync(string query)
    {
        using var response = await _http.PostAsJsonAsync("graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        Assert.False(body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>POSTs <paramref name="query"/> and returns the whole response, errors and all.</summary>
    public async Task<JsonElement> PostAsync(string query)
    {
        using var response = await _http.PostAsJsonAsync("graphql", new { query });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => _http.Dispose();
}
