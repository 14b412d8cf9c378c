using System.ComponentModel.DataAnnotations;

namespace ProfD.Node.Oai;

/// <summary>How the node describes itself to OAI-PMH harvesters. Bound from the <c>Oai</c> section and validated at start.</summary>
internal sealed class OaiOptions
{
    public const string Section = "Oai";

    /// <summary>The repository's name in Identify. Default: "{institution name}: ProfD exhibitions".</summary>
    public string? RepositoryName { get; set; }

    /// <summary>The address harvesters write to about the repository (Identify's adminEmail). Default <c>admin@localhost</c>; set it in production.</summary>
    [Required, EmailAddress(ErrorMessage = "Oai:AdminEmail must be an email address.")]
    public string AdminEmail { get; set; } = "admin@localhost";

    /// <summary>
    /// The public address of the endpoint (Identify's baseURL and every response's request element), for a node behind a
    /// proxy. Default: the scheme, host and path the request came with.
    /// </summary>
    [Url(ErrorMessage = "Oai:BaseUrl must be an absolute http(s) URL.")]
    public string? BaseUrl { get; set; }

    /// <summary>
    /// A public web address of an exhibition, with <c>{id}</c> for its global ID (for example
    /// <c>https://profd.example.org/exhibitions/{id}</c>); when set, records carry it as a second dc:identifier. Default none.
    /// </summary>
    [RegularExpression(@"^https?://.*\{id\}.*$", ErrorMessage = "Oai:RecordUrlTemplate must be an http(s) URL containing {{id}}.")]
    public string? RecordUrlTemplate { get; set; }

    /// <summary>How many headers or records one ListIdentifiers or ListRecords response holds. Default 100.</summary>
    [Range(1, 1000, ErrorMessage = "Oai:PageSize must be between 1 and 1000.")]
    public int PageSize { get; set; } = 100;
}
