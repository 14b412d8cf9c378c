using System.ComponentModel.DataAnnotations;

namespace ProfD.Web.Hosting;

/// <summary>Where the front-end finds the federation. Bound from <c>Web</c>, validated at start.</summary>
internal sealed class WebFrontEndOptions : IValidatableObject
{
    public const string Section = "Web";

    /// <summary>The gateway's GraphQL endpoint, for example <c>http://127.0.0.1:5104/graphql</c>. Required.</summary>
    [Required(ErrorMessage = "Web:Gateway is required: the gateway's GraphQL endpoint, for example http://127.0.0.1:5104/graphql.")]
    public string? Gateway { get; set; }

    /// <summary>The trust's login hub (its issuer URL), for example <c>http://127.0.0.1:5100/</c>. Default none: no "Log in" link.</summary>
    public string? Hub { get; set; }

    /// <summary>How many library hits a page shows. Default 12; 1 to 100.</summary>
    [Range(1, 100, ErrorMessage = "Web:PageSize must be between 1 and 100.")]
    public int PageSize { get; set; } = 12;

    public Uri GatewayEndpoint => new(Gateway!, UriKind.Absolute);

    public Uri? HubIssuer => Hub is null ? null : new Uri(Hub, UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Gateway is not null && !IsHttpUrl(Gateway))
            yield return new ValidationResult($"Web:Gateway must be an absolute http(s) URL, not '{Gateway}'.", [nameof(Gateway)]);
        if (Hub is not null && !IsHttpUrl(Hub))
            yield return new ValidationResult($"Web:Hub must be an absolute http(s) URL, not '{Hub}'.", [nameof(Hub)]);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
