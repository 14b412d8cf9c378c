namespace ProfD.Schema.Exhibitions;

/// <summary>Who a showing is for; written as <c>PARENTS</c>, <c>STAFF</c>, ….</summary>
public enum ShowingAudience
{
    /// <summary>Pupils' parents and carers.</summary>
    Parents,

    /// <summary>Teachers and staff.</summary>
    Staff,

    /// <summary>Anyone.</summary>
    Public,

    /// <summary>Pupils.</summary>
    Pupils,

    /// <summary>Researchers and other candidates.</summary>
    Researchers,
}
