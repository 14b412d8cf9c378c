using System.Xml.Linq;

namespace ProfD.Node.Tests.Oai;

/// <summary>The namespaces the tests read OAI-PMH answers with, written out rather than taken from the code under test.</summary>
internal static class OaiNames
{
    public static readonly XNamespace OaiPmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
}
