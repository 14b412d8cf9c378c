using System.ComponentModel.DataAnnotations;

namespace ProfD.Node.Identity;

/// <summary>The node's login server: who may ask it to sign people in, and how hard it resists guessing. Section <c>Node:Identity</c>, validated at start.</summary>
internal sealed class NodeIdentityOptions : IValidatableObject
{
    public const string Section = "Node:Identity";

    /// <summary>The trust hub's issuer (for example <c>http://127.0.0.1:5100/</c>), the one client this node signs people in for. Default none: no client, discovery only.</summary>
    public Uri? Hub { get; set; }

    /// <summary>The hub's client ID at this node. Default <c>profd-hub</c>.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,100}$", ErrorMessage = "Node:Identity:HubClientId must be 1-100 letters, digits, '.', '_' or '-'.")]
    public string HubClientId { get; set; } = "profd-hub";

    /// <summary>The password of the demo accounts. Default none: one is generated at the first demo seeding and written to <c>demo-logins-{institution}.txt</c> in the data directory.</summary>
    [MinLength(8, ErrorMessage = "Node:Identity:DemoPassword must be at least 8 characters.")]
    public string? DemoPassword { get; set; }

    /// <summary>Where the login server's signing and encryption keys live. Default <c>{Node:DataDirectory}/keys/{institution}/identity</c>.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>How many wrong passwords in a row lock an account. Default 5.</summary>
    [Range(1, 100, ErrorMessage = "Node:Identity:LockoutAttempts must be between 1 and 100.")]
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many login attempts one client address may make per minute. Default 10.</summary>
    [Range(1, 10_000, ErrorMessage = "Node:Identity:LoginAttemptsPerMinute must be between 1 and 10000.")]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Hub is not null && (!Hub.IsAbsoluteUri || Hub.Scheme is not ("http" or "https") || !Hub.AbsolutePath.EndsWith('/')))
            yield return new ValidationResult("Node:Identity:Hub must be an absolute http(s) URL ending in '/', such as https://trust.example.org/.", [nameof(Hub)]);
        if (LockoutDuration <= TimeSpan.Zero)
            yield return new ValidationResult("Node:Identity:LockoutDuration must be positive, such as 00:15:00.", [nameof(LockoutDuration)]);
    }
}
