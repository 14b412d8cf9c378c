using System.Xml.Linq;
using Microsoft.Extensions.Options;
using ProfD.Node.Institution;
using ProfD.Schema.Ids;
using static ProfD.Node.Oai.OaiXml;

namespace ProfD.Node.Oai;

/// <summary>
/// Answers the six OAI-PMH 2.0 verbs over the node's published exhibitions (and withdrawn ones, as deleted records):
/// one request in, one <c>OAI-PMH</c> document out, with errors as the protocol's error elements.
/// </summary>
internal sealed class OaiProtocol(OaiRepository repository, InstitutionProfile institution, IOptions<OaiOptions> options, TimeProvider time)
{
    private const string IdentifierPrefix = "oai:";

    private OaiOptions Options => options.Value;

    /// <summary>The response to <paramref name="request"/>, sent from <paramref name="baseUrl"/>.</summary>
    public async Task<XDocument> AnswerAsync(OaiRequest request, string baseUrl, CancellationToken cancellationToken)
    {
        var responseDate = OaiDatestamp.Format(time.GetUtcNow().UtcDateTime);
        XElement answer;
        var echoArguments = true;
        try
        {
            answer = request.Verb() switch
            {
                OaiRequest.Identify => await IdentifyAsync(baseUrl, cancellationToken),
                OaiRequest.ListMetadataFormats => await ListMetadataFormatsAsync(request["identifier"], cancellationToken),
                OaiRequest.ListSets => await ListSetsAsync(request["resumptionToken"], cancellationToken),
                OaiRequest.GetRecord => await GetRecordAsync(request["identifier"]!, request["metadataPrefix"]!, cancellationToken),
                var verb => await ListAsync(verb, request, cancellationToken),
            };
        }
        catch (OaiException error)
        {
            answer = new XElement(OaiPmh + "error", new XAttribute("code", error.Code), error.Message);
            // The protocol: after badVerb or badArgument the request element carries no attributes.
            echoArguments = error.Code is not (OaiErrorCodes.BadVerb or OaiErrorCodes.BadArgument);
        }

        var requestElement = new XElement(OaiPmh + "request", baseUrl);
        if (echoArguments) requestElement.Add(request.Arguments.Select(a => new XAttribute(a.Key, a.Value)));
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(OaiPmh + "OAI-PMH",
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
                new XAttribute(Xsi + "schemaLocation", $"{OaiPmh.NamespaceName} {OaiSchema}"),
                new XElement(OaiPmh + "responseDate", responseDate),
                requestElement,
                answer));
    }

    private async Task<XElement> IdentifyAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var earliest = await repository.EarliestDatestampAsync(cancellationToken) ?? time.GetUtcNow().UtcDateTime;
        return new XElement(OaiPmh + "Identify",
            new XElement(OaiPmh + "repositoryName", Options.RepositoryName ?? $"{institution.Name}: ProfD exhibitions"),
            new XElement(OaiPmh + "baseURL", baseUrl),
            new XElement(OaiPmh + "protocolVersion", "2.0"),
            new XElement(OaiPmh + "adminEmail", Options.AdminEmail),
            new XElement(OaiPmh + "earliestDatestamp", OaiDatestamp.Format(earliest)),
            new XElement(OaiPmh + "deletedRecord", "persistent"),
            new XElement(OaiPmh + "granularity", OaiDatestamp.Granularity));
    }

    private async Task<XElement> ListMetadataFormatsAsync(string? identifier, CancellationToken cancellationToken)
    {
        if (identifier is not null) await FindAsync(identifier, cancellationToken);
        return new XElement(OaiPmh + "ListMetadataFormats",
            new XElement(OaiPmh + "metadataFormat",
                new XElement(OaiPmh + "metadataPrefix", OaiDcPrefix),
                new XElement(OaiPmh + "schema", OaiDcSchema),
                new XElement(OaiPmh + "metadataNamespace", OaiDc.NamespaceName)));
    }

    private async Task<XElement> ListSetsAsync(string? resumptionToken, CancellationToken cancellationToken)
    {
        // The sets fit in one response, so no ListSets token is ever issued.
        if (resumptionToken is not null)
            throw new OaiException(OaiErrorCodes.BadResumptionToken, "This repository issues no resumption tokens for ListSets.");
        var themes = await repository.ThemesAsync(cancellationToken);
        var sets = new XElement(OaiPmh + "ListSets", Set(OaiSets.ThemeSet, "Exhibitions by research theme"));
        foreach (var group in themes.GroupBy(OaiSets.SpecOf))
            sets.Add(Set(group.Key, $"Theme: {string.Join(" / ", group)}"));
        return sets;

        static XElement Set(string spec, string name) =>
            new(OaiPmh + "set", new XElement(OaiPmh + "setSpec", spec), new XElement(OaiPmh + "setName", name));
    }

    private async Task<XElement> GetRecordAsync(string identifier, string metadataPrefix, CancellationToken cancellationToken)
    {
        var header = await FindAsync(identifier, cancellationToken);
        RequireOaiDc(metadataPrefix);
        var exhibitions = await repository.ExhibitionsAsync([header.Key], cancellationToken);
        return new XElement(OaiPmh + "GetRecord", Record(header, exhibitions));
    }

    private async Task<XElement> ListAsync(string verb, OaiRequest request, CancellationToken cancellationToken)
    {
        var token = request["resumptionToken"];
        var query = token is not null
            ? OaiResumptionToken.Decode(token, verb)
            : new OaiListQuery(verb, request["metadataPrefix"]!, request["from"], request["until"], request["set"], 0, 0, null);
        RequireOaiDc(query.MetadataPrefix);
        var filter = await FilterAsync(query, cancellationToken);

        var total = query.CompleteListSize ?? (filter is null ? 0 : await repository.CountAsync(filter, cancellationToken));
        if (token is null && total == 0)
            throw new OaiException(OaiErrorCodes.NoRecordsMatch, "No records match the arguments given.");

        var pageSize = Options.PageSize;
        var headers = filter is null ? [] : await repository.HeadersAsync(filter, query.After, pageSize + 1, cancellationToken);
        var hasMore = headers.Count > pageSize;
        if (hasMore) headers.RemoveAt(pageSize);

        var withRecords = verb == OaiRequest.ListRecords;
        var exhibitions = await repository.ExhibitionsAsync([.. headers.Select(h => h.Key)], cancellationToken);
        var list = new XElement(OaiPmh + verb, headers.Select(h => withRecords ? Record(h, exhibitions) : Header(h, exhibitions)));

        if (hasMore || token is not null)
        {
            var resumption = new XElement(OaiPmh + "resumptionToken",
                new XAttribute("completeListSize", Math.Max(total, query.Cursor + headers.Count)),
                new XAttribute("cursor", query.Cursor));
            if (hasMore)
                resumption.Value = OaiResumptionToken.Encode(query with { After = headers[^1].Sequence, Cursor = query.Cursor + headers.Count, CompleteListSize = total });
            list.Add(resumption);
        }
        return list;
    }

    // Null when the set names no theme the repository has: the list is empty.
    private async Task<OaiFilter?> FilterAsync(OaiListQuery query, CancellationToken cancellationToken)
    {
        var from = query.From is null ? (OaiDatestamp?)null : OaiDatestamp.Parse(query.From, "from");
        var until = query.Until is null ? (OaiDatestamp?)null : OaiDatestamp.Parse(query.Until, "until");
        if (from is { } f && until is { } u)
        {
            if (f.IsDay != u.IsDay) throw new OaiException(OaiErrorCodes.BadArgument, "'from' and 'until' must have the same granularity.");
            if (f.Value > u.Value) throw new OaiException(OaiErrorCodes.BadArgument, "'from' is later than 'until'.");
        }

        IReadOnlyList<string>? themes = null;
        if (query.Set is { } set)
        {
            if (!OaiSets.IsValidSpec(set)) throw new OaiException(OaiErrorCodes.BadArgument, $"'{set}' is not a setSpec.");
            themes = OaiSets.ThemesOf(set, await repository.ThemesAsync(cancellationToken));
            if (themes.Count == 0) return null;
        }
        return new OaiFilter(from?.Value, until?.End, themes);
    }

    // The item an OAI identifier names: oai:{global ID of an exhibition held here}.
    private async Task<OaiHeader> FindAsync(string identifier, CancellationToken cancellationToken)
    {
        if (identifier.StartsWith(IdentifierPrefix, StringComparison.Ordinal)
            && GlobalId.TryParse(identifier[IdentifierPrefix.Length..], out var id)
            && id.Type == "Exhibition"
            && id.Institution == institution.Code
            && await repository.HeaderAsync(id.Key, cancellationToken) is { } header)
            return header;
        throw new OaiException(OaiErrorCodes.IdDoesNotExist, $"'{identifier}' is not an item of this repository.");
    }

    private static void RequireOaiDc(string metadataPrefix)
    {
        if (metadataPrefix != OaiDcPrefix)
            throw new OaiException(OaiErrorCodes.CannotDisseminateFormat, $"'{metadataPrefix}' is not a metadata format of this repository; use oai_dc.");
    }

    private XElement Record(OaiHeader header, IReadOnlyDictionary<string, OaiExhibition> exhibitions)
    {
        var record = new XElement(OaiPmh + "record", Header(header, exhibitions));
        if (!header.IsDeleted && exhibitions.TryGetValue(header.Key, out var exhibition))
        {
            var globalId = GlobalIdOf(header.Key);
            var url = Options.RecordUrlTemplate?.Replace("{id}", Uri.EscapeDataString(globalId), StringComparison.Ordinal);
            record.Add(new XElement(OaiPmh + "metadata", DublinCore.Of(exhibition, globalId, institution.Name, url)));
        }
        return record;
    }

    private XElement Header(OaiHeader header, IReadOnlyDictionary<string, OaiExhibition> exhibitions)
    {
        var element = new XElement(OaiPmh + "header",
            new XElement(OaiPmh + "identifier", IdentifierPrefix + GlobalIdOf(header.Key)),
            new XElement(OaiPmh + "datestamp", OaiDatestamp.Format(header.Datestamp)));
        if (header.IsDeleted || !exhibitions.ContainsKey(header.Key)) element.Add(new XAttribute("status", "deleted"));
        if (exhibitions.TryGetValue(header.Key, out var exhibition))
        {
            if (exhibition.Themes.Count > 0) element.Add(new XElement(OaiPmh + "setSpec", OaiSets.ThemeSet));
            element.Add(exhibition.Themes.Select(OaiSets.SpecOf).Distinct().Select(spec => new XElement(OaiPmh + "setSpec", spec)));
        }
        return element;
    }

    private string GlobalIdOf(string key) => institution.GlobalIdOf("Exhibition", key);
}
