namespace ProfD.Node.Oai;

/// <summary>A request OAI-PMH answers with an <c>&lt;error code="…"&gt;</c> element (and HTTP 200, as the protocol says).</summary>
internal sealed class OaiException(string code, string message) : Exception(message)
{
    /// <summary>One of <see cref="OaiErrorCodes"/>.</summary>
    public string Code { get; } = code;
}
