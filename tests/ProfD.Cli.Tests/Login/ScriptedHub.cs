using System.Net;
using System.Text;

namespace ProfD.Cli.Tests.Login;

/// <summary>A hub answering from a script: discovery, one device authorization, then the token answers given, in order.</summary>
internal sealed class ScriptedHub(params string[] tokenAnswers) : HttpMessageHandler
{
    private readonly Queue<string> _tokenAnswers = new(tokenAnswers);

    public List<string> TokenRequests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path == "/.well-known/openid-configuration")
            return Json(HttpStatusCode.OK, """{"issuer":"http://hub.test/","device_authorization_endpoint":"http://hub.test/connect/device","token_endpoint":"http://hub.test/connect/token"}""");
        if (path == "/connect/device")
            return Json(HttpStatusCode.OK, """{"device_code":"dev-1","user_code":"ABCD-EFGH","verification_uri":"http://hub.test/connect/verify","verification_uri_complete":"http://hub.test/connect/verify?user_code=ABCD-EFGH","expires_in":600,"interval":2}""");
        if (path == "/connect/token")
        {
            TokenRequests.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            var answer = _tokenAnswers.Dequeue();
            return Json(answer.Contains("\"error\"", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, answer);
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
