namespace ProfD.Schema.Exhibitions;

/// <summary>How work relates to earlier work it names; written as <c>BUILDS_ON</c>, <c>REPLICATES</c>, ….</summary>
public enum ExhibitionLinkRelation
{
    /// <summary>Takes the earlier work further.</summary>
    BuildsOn,

    /// <summary>Repeats the earlier study in another setting.</summary>
    Replicates,

    /// <summary>Widens the earlier work to new questions or pupils.</summary>
    Extends,

    /// <summary>Questions the earlier work's findings.</summary>
    Challenges,
}
