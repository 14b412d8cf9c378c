using System.Xml.Linq;

namespace ProfD.Node.Oai;

/// <summary>The XML namespaces and schemas of OAI-PMH 2.0 and its Dublin Core format.</summary>
internal static class OaiXml
{
    public static readonly XNamespace OaiPmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public const string OaiSchema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    public const string OaiDcSchema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    /// <summary>The only metadata format served: simple Dublin Core.</summary>
    public const string OaiDcPrefix = "oai_dc";
}
