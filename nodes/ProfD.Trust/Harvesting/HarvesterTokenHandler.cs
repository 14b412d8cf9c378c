using System.Net.Http.Headers;

namespace ProfD.Trust.Harvesting;

/// <summary>Sends the harvester's access token with every call to a node's change feed or figures, when it has one.</summary>
internal sealed class HarvesterTokenHandler(HarvesterAccessToken token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await token.GetAsync(cancellationToken) is { } accessToken)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
