using System.Security.Cryptography;
using System.Text;
using ProfD.Node.Candidates;
using ProfD.Node.Credentials;
using ProfD.Node.Data;
using ProfD.Node.Media;
using ProfD.Schema.Ids;

namespace ProfD.Node.Demo;

/// <summary>
/// Realistic, deterministic demo data for one institution's node: schools, teachers (seniors with mentor profiles),
/// cohorts, candidates at every stage, research projects that build on projects at the other demo nodes, exhibitions
/// at every status in the common format (sections, media with alt text, transcripts and consent, showings, frozen
/// versions), adjudications at every phase, awards with signed credentials (one since revoked), mentorships and mentors' comments. The same
/// institution code always gives the same rows and keys (credentials are signed with the node's own key).
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

    /// <summary>How many provocations the demo's projects answer; see <see cref="ProvocationIdOf"/>.</summary>
    public const int ProvocationCount = 8;

    /// <summary>
    /// The global ID of the <paramref name="index"/>th demo provocation at the trust (<c>trust:Provocation:…</c>), the key
    /// <see cref="KeyOf"/> gives for institution <c>trust</c>, so the trust's demo can hold the provocations the nodes cite.
    /// </summary>
    public static string ProvocationIdOf(int index) => GlobalIdOf("trust", "Provocation", index);

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
    /// transaction, each award with a credential signed by <paramref name="issuer"/> (the node's key). Meant for an empty
    /// database: rows with the same keys already there make it fail, saving nothing.
    /// </summary>
    public static async Task SeedAsync(NodeDbContext db, string institution, TimeProvider time, CredentialIssuer issuer, CancellationToken cancellationToken = default) =>
        await SeedAsync(db, institution, time, issuer, media: null, cancellationToken);

    /// <summary>As above, and writes the demo's media files into <paramref name="media"/> so the node serves them.</summary>
    public static async Task SeedAsync(NodeDbContext db, string institution, TimeProvider time, CredentialIssuer issuer, MediaStore? media, CancellationToken cancellationToken = default)
    {
        var data = Build(institution, time);
        var files = data.Exhibitions.SelectMany(e => e.Media)
            .Select(m => DemoMediaFile.For(m.Kind, $"{institution}|{m.Id}", m.Caption ?? ""))
            .OfType<DemoMediaFile>()
            .DistinctBy(f => f.Sha256)
            .ToList();
        if (media is not null)
        {
            foreach (var file in files)
            {
                var path = media.PathOf(file.Sha256);
                if (File.Exists(path)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, file.Bytes, cancellationToken);
            }
        }
        var created = time.GetUtcNow().UtcDateTime;
        db.MediaBlobs.AddRange(files.Select(f => new MediaBlob { Sha256 = f.Sha256, SizeBytes = f.Bytes.Length, ContentType = f.ContentType, CreatedAt = created }));
        SignCredentials(data, issuer);
        db.Schools.AddRange(data.Schools);
        db.Teachers.AddRange(data.Teachers);
        db.Cohorts.AddRange(data.Cohorts);
        db.Candidates.AddRange(data.Candidates);
        db.ResearchProjects.AddRange(data.Projects);
        db.Exhibitions.AddRange(data.Exhibitions);
        db.Adjudications.AddRange(data.Adjudications);
        db.Awards.AddRange(data.Awards);
        db.Mentorships.AddRange(data.Mentorships);
        db.MentorComments.AddRange(data.MentorComments);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives every award of <paramref name="data"/> its credential, signed by <paramref name="issuer"/>.</summary>
    public static void SignCredentials(DemoDataSet data, CredentialIssuer issuer)
    {
        foreach (var award in data.Awards)
        {
            var candidate = data.Candidates.Single(c => c.Id == award.CandidateId);
            var teacher = data.Teachers.Single(t => t.Id == candidate.TeacherId);
            var exhibition = data.Exhibitions.Single(e => e.Id == award.ExhibitionId);
            award.Credential = issuer.Issue(new AwardCredentialSubject(
                award.Id, candidate.Id, CandidateProfiles.DisplayName(teacher.GivenName, teacher.FamilyName),
                award.Title, exhibition.Id, exhibition.Title, award.AwardedAt));
        }
    }
}
