using Microsoft.Extensions.Primitives;

namespace ProfD.Node.Oai;

/// <summary>The arguments of one OAI-PMH request (from the query string of a GET or the form of a POST), checked per verb.</summary>
internal sealed class OaiRequest(IReadOnlyDictionary<string, StringValues> arguments)
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";
    public const string GetRecord = "GetRecord";

    // Per verb: the arguments it takes, and those it requires (OAI-PMH section 4). resumptionToken is exclusive.
    private static readonly Dictionary<string, (string[] Allowed, string[] Required)> Verbs = new(StringComparer.Ordinal)
    {
        [Identify] = ([], []),
        [ListMetadataFormats] = (["identifier"], []),
        [ListSets] = (["resumptionToken"], []),
        [ListIdentifiers] = (["metadataPrefix", "from", "until", "set", "resumptionToken"], ["metadataPrefix"]),
        [ListRecords] = (["metadataPrefix", "from", "until", "set", "resumptionToken"], ["metadataPrefix"]),
        [GetRecord] = (["identifier", "metadataPrefix"], ["identifier", "metadataPrefix"]),
    };

    /// <summary>Every argument, as sent (for the response's request element).</summary>
    public IEnumerable<KeyValuePair<string, string>> Arguments =>
        arguments.Where(a => a.Value.Count == 1).Select(a => new KeyValuePair<string, string>(a.Key, a.Value.ToString()));

    /// <summary>The verb, after checking that the request's arguments suit it.</summary>
    /// <exception cref="OaiException">badVerb (missing, repeated or unknown) or badArgument.</exception>
    public string Verb()
    {
        if (!arguments.TryGetValue("verb", out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
            throw new OaiException(OaiErrorCodes.BadVerb, "The request has no verb.");
        if (values.Count > 1) throw new OaiException(OaiErrorCodes.BadVerb, "The verb argument is repeated.");
        var verb = values[0]!;
        if (!Verbs.TryGetValue(verb, out var rules))
            throw new OaiException(OaiErrorCodes.BadVerb, $"'{verb}' is not an OAI-PMH verb: use Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords or GetRecord.");

        foreach (var (name, value) in arguments)
        {
            if (name == "verb") continue;
            if (!rules.Allowed.Contains(name)) throw new OaiException(OaiErrorCodes.BadArgument, $"{verb} does not take the argument '{name}'.");
            if (value.Count != 1) throw new OaiException(OaiErrorCodes.BadArgument, $"The argument '{name}' is repeated.");
            if (string.IsNullOrEmpty(value[0])) throw new OaiException(OaiErrorCodes.BadArgument, $"The argument '{name}' is empty.");
        }
        if (arguments.ContainsKey("resumptionToken"))
        {
            if (arguments.Count > 2) throw new OaiException(OaiErrorCodes.BadArgument, "resumptionToken is an exclusive argument: send it with the verb only.");
            return verb;
        }
        foreach (var name in rules.Required)
        {
            if (!arguments.ContainsKey(name)) throw new OaiException(OaiErrorCodes.BadArgument, $"{verb} requires the argument '{name}'.");
        }
        return verb;
    }

    /// <summary>The value of an argument, or null.</summary>
    public string? this[string name] => arguments.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;
}
