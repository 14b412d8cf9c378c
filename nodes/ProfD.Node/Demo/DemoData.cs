using System.Security.Cryptography;
using System.Text;
using ProfD.Node.Data;
using ProfD.Schema.Ids;

namespace ProfD.Node.Demo;

/// <summary>
/// Realistic, deterministic demo data for one institution's node: schools, teachers, cohorts, candidates at every
/// stage, research projects that build on projects at the other demo nodes, exhibitions at every status with media,
/// versions and adjudications, awards and mentorships. The same institution code always gives the same rows and keys.
/// </summary>
internal static class DemoData
{
    /// <summary>The codes of the demo federation: <c>uclioe</c>, <c>unimelb</c> and <c>makerere</c>.</summary>
    public static IReadOnlyList<string> Institutions => DemoInstitutions.Codes;

    // 2022-01-01T00:00:00Z: demo keys carry this time plus their index, so they sort in the order they were made.
    private const long KeyEpochMilliseconds = 1_640_995_200_000;

    /// <summary>
    /// The local key of the <paramref name="index"/>th demo <paramref name="type"/> (a GraphQL type name such as
    /// <c>ResearchProject</c>) at <paramref name="institution"/>: a ULID made from a fixed time and a hash, so any node
    /// can name another node's demo records, as in <c>GlobalId.Create("unimelb", "ResearchProject", KeyOf("unimelb", "ResearchProject", 3))</c>.
    /// </summary>
    public static string KeyOf(string institution, string type, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{institution}|{type}|{index}"));
        return LocalKeys.Format(KeyEpochMilliseconds + index, hash.AsSpan(0, 10));
    }

    /// <summary>The global ID of a demo record: <see cref="KeyOf"/> with the institution and type around it.</summary>
    public static string GlobalIdOf(string institution, string type, int index) =>
        GlobalId.Create(institution, type, KeyOf(institution, type, index)).ToString();

    /// <summary>Builds the demo rows for <paramref name="institution"/> without touching a database.</summary>
    /// <param name="institution">Any institution code; the demo codes get hand-written schools and places.</param>
    /// <param name="time">Dates that would fall after its current time are moved back to it.</param>
    public static DemoDataSet Build(string institution, TimeProvider time)
    {
        if (!GlobalId.IsInstitutionCode(institution))
            throw new ArgumentException($"'{institution}' is not an institution code.", nameof(institution));
        return new DemoDataBuilder(DemoInstitutions.For(institution), time.GetUtcNow().UtcDateTime).Build();
    }

    /// <summary>
    /// Adds the demo rows for <paramref name="institution"/> to <paramref name="db"/> and saves them in one
    /// transaction. Meant for an empty database: rows with the same keys already there make it fail, saving nothing.
    /// </summary>
    public static async Task SeedAsync(NodeDbContext db, string institution, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var data = Build(institution, time);
        db.Schools.AddRange(data.Schools);
        db.Teachers.AddRange(data.Teachers);
        db.Cohorts.AddRange(data.Cohorts);
        db.Candidates.AddRange(data.Candidates);
        db.ResearchProjects.AddRange(data.Projects);
        db.Exhibitions.AddRange(data.Exhibitions);
        db.Adjudications.AddRange(data.Adjudications);
        db.Awards.AddRange(data.Awards);
        db.Mentorships.AddRange(data.Mentorships);
        await db.SaveChangesAsync(cancellationToken);
    }
}
