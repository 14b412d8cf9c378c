namespace ProfD.Web.Gateway;

/// <summary>
/// Asks a node whether it serves a file (a HEAD request) before a page offers a player for it, so a missing file reads
/// as "not available" rather than a broken player.
/// </summary>
internal sealed class MediaAvailability(IHttpClientFactory clients, ILogger<MediaAvailability> logger)
{
    public const string HttpClientName = "media";

    public async Task<bool> IsServedAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, url);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("{Url} did not answer: {Message}", url, e.Message);
            return false;
        }
    }
}
