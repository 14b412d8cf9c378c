namespace ProfD.Schema.Paging;

/// <summary>Which way a sort field runs. Ties are always broken by <c>id</c>, ascending.</summary>
public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}
