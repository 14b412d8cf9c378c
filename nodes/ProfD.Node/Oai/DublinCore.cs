using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using static ProfD.Node.Oai.OaiXml;

namespace ProfD.Node.Oai;

/// <summary>An exhibition as simple Dublin Core (<c>oai_dc</c>), the format every OAI-PMH harvester reads.</summary>
internal static partial class DublinCore
{
    /// <summary>DCMI type of a multimedia exhibition, and the eu-repo type aggregators such as OpenAIRE map to a doctorate.</summary>
    private static readonly string[] Types = ["InteractiveResource", "info:eu-repo/semantics/doctoralThesis"];

    /// <param name="exhibition">The exhibition.</param>
    /// <param name="globalId">Its global ID.</param>
    /// <param name="publisher">The institution's name.</param>
    /// <param name="recordUrl">Its public web address, when the node knows one.</param>
    public static XElement Of(OaiExhibition exhibition, string globalId, string publisher, string? recordUrl)
    {
        var dc = new XElement(OaiDc + "dc",
            new XAttribute(XNamespace.Xmlns + "oai_dc", OaiDc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(Xsi + "schemaLocation", $"{OaiDc.NamespaceName} {OaiDcSchema}"));
        dc.Add(Element("title", exhibition.Title));
        dc.Add(Element("creator", $"{exhibition.AuthorFamilyName}, {exhibition.AuthorGivenName}"));
        dc.Add(exhibition.Themes.Select(t => Element("subject", t)));
        dc.Add(Element("description", exhibition.Abstract));
        dc.Add(Element("publisher", publisher));
        if (exhibition.PublishedAt is { } published) dc.Add(Element("date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        dc.Add(Types.Select(t => Element("type", t)));
        dc.Add(Element("identifier", globalId));
        if (recordUrl is not null) dc.Add(Element("identifier", recordUrl));
        dc.Add(exhibition.Languages.Select(l => Element("language", l)));
        if (LicenceUrl(exhibition.Licence) is { } url) dc.Add(Element("rights", url));
        dc.Add(Element("rights", exhibition.Licence));
        return dc;
    }

    /// <summary>The Creative Commons deed of an SPDX licence identifier such as <c>CC-BY-SA-4.0</c> or <c>CC0-1.0</c>; null for others.</summary>
    public static string? LicenceUrl(string licence)
    {
        if (licence.Equals("CC0-1.0", StringComparison.OrdinalIgnoreCase)) return "https://creativecommons.org/publicdomain/zero/1.0/";
        var match = CreativeCommons().Match(licence);
        return match.Success
            ? $"https://creativecommons.org/licenses/{match.Groups["terms"].Value.ToLowerInvariant()}/{match.Groups["version"].Value}/"
            : null;
    }

    private static XElement Element(string name, string value) => new(Dc + name, value);

    [GeneratedRegex(@"^CC-(?<terms>BY(-NC)?(-ND|-SA)?)-(?<version>\d\.\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex CreativeCommons();
}
