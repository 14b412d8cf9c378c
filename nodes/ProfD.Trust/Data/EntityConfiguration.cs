namespace ProfD.Trust.Data;

/// <summary>Column sizes shared by the entity configurations.</summary>
internal static class EntityConfiguration
{
    /// <summary>A local key: a ULID.</summary>
    public const int KeyLength = 64;

    /// <summary>A full global ID (<c>institution:Type:key</c>), possibly of another node's record.</summary>
    public const int GlobalIdLength = 140;

    /// <summary>An institution code.</summary>
    public const int CodeLength = 32;

    /// <summary>An enum value's name.</summary>
    public const int EnumLength = 32;

    /// <summary>A name or title.</summary>
    public const int NameLength = 300;

    /// <summary>A URL.</summary>
    public const int UrlLength = 2048;

    /// <summary>An error message kept for people to read.</summary>
    public const int MessageLength = 2000;
}
