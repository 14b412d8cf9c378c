namespace ProfD.Node.Data;

/// <summary>Column sizes shared by the entity configurations, so the same kind of value has the same size everywhere.</summary>
internal static class EntityConfiguration
{
    /// <summary>A local key: a ULID today, at most 64 characters by the global ID rules.</summary>
    public const int KeyLength = 64;

    /// <summary>A full global ID (<c>institution:Type:key</c>) of something possibly at another node.</summary>
    public const int GlobalIdLength = 140;

    /// <summary>An enum value's name.</summary>
    public const int EnumLength = 32;

    /// <summary>A name or title.</summary>
    public const int NameLength = 300;

    /// <summary>An e-mail address (RFC 5321 limit).</summary>
    public const int EmailLength = 320;

    /// <summary>A URL.</summary>
    public const int UrlLength = 2048;
}
