using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Schools;
using ProfD.Schema.Loading;

namespace ProfD.Node.Candidates;

/// <summary>
/// Batched reads that join a candidate to their teacher and school in one statement, for the fields that need them
/// (an exhibition's author and school), so they cost one statement per level rather than one per hop.
/// </summary>
internal sealed class CandidateProfiles(NodeDbContext db, BatchLoaderRegistry loaders)
{
    /// <summary>The candidate's name and school, or null when there is no such candidate.</summary>
    public IDataLoaderResult<CandidateProfile?> Of(string candidateKey) =>
        loaders.GetOrAdd<string, CandidateProfile?>("Candidate.profile", async (keys, ct) =>
        {
            var rows = await db.Candidates.AsNoTracking()
                .Where(c => keys.Contains(c.Id))
                .Select(c => new { c.Id, c.TeacherId, c.Teacher!.GivenName, c.Teacher.FamilyName, c.Teacher.SchoolId })
                .ToListAsync(ct);
            return rows.ToDictionary(r => r.Id, r => (CandidateProfile?)new CandidateProfile(r.Id, r.TeacherId, DisplayName(r.GivenName, r.FamilyName), r.SchoolId));
        }).LoadAsync(candidateKey);

    /// <summary>The school of the candidate's teacher.</summary>
    public IDataLoaderResult<School?> SchoolOf(string candidateKey) =>
        loaders.GetOrAdd<string, School?>("Candidate.school", async (keys, ct) =>
        {
            var rows = await db.Candidates.AsNoTracking()
                .Where(c => keys.Contains(c.Id))
                .Select(c => new { c.Id, School = c.Teacher!.School! })
                .ToListAsync(ct);
            return rows.ToDictionary(r => r.Id, r => (School?)r.School);
        }).LoadAsync(candidateKey);

    /// <summary>How a teacher is named wherever the API shows a person: given name, then family name.</summary>
    public static string DisplayName(string givenName, string familyName) => $"{givenName} {familyName}";
}
