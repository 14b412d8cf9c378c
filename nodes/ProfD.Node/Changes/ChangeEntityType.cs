namespace ProfD.Node.Changes;

/// <summary>The kinds of public record the change feed reports.</summary>
internal enum ChangeEntityType
{
    /// <summary>A school; every school is public.</summary>
    School,

    /// <summary>An exhibition, public while it is PUBLISHED.</summary>
    Exhibition,

    /// <summary>A teacher's public mentor profile, public while the teacher offers mentoring.</summary>
    Mentor,
}
