using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;
using ProfD.Node.Institution;
using ProfD.Schema.Identity;
using ProfD.Schema.Ids;

namespace ProfD.Node.Access;

/// <summary>
/// What the caller is to this node's records, read once per request: their own candidacies, the candidates they mentor,
/// the panels they sit on. Rules then decide in memory, so filtering a list costs no query per row.
/// </summary>
internal sealed class CallerRelations(NodeDbContext db, InstitutionProfile institution)
{
    private ClaimsPrincipal? _user;
    private FederationCaller _caller = FederationCaller.Anonymous;
    private Task? _loaded;

    public string Institution => institution.Code;

    /// <summary>The caller of this request, once <see cref="CallerAsync"/> has read it; anonymous before.</summary>
    public FederationCaller Caller => _caller;

    /// <summary>Candidate keys whose teacher is the caller.</summary>
    public IReadOnlySet<string> OwnCandidates { get; private set; } = new HashSet<string>();

    /// <summary>Exhibition keys of the caller's own candidacies.</summary>
    public IReadOnlySet<string> OwnExhibitions { get; private set; } = new HashSet<string>();

    /// <summary>Candidate keys the caller mentors or mentored.</summary>
    public IReadOnlySet<string> MenteeCandidates { get; private set; } = new HashSet<string>();

    /// <summary>Adjudication keys whose panel has the caller.</summary>
    public IReadOnlySet<string> Panels { get; private set; } = new HashSet<string>();

    /// <summary>Exhibition keys the caller adjudicates.</summary>
    public IReadOnlySet<string> AdjudicatedExhibitions { get; private set; } = new HashSet<string>();

    /// <summary>The caller <paramref name="user"/> is, with their relations loaded; read once per request.</summary>
    public async ValueTask<FederationCaller> CallerAsync(ClaimsPrincipal? user, CancellationToken ct)
    {
        if (user is null) return _caller;
        if (!ReferenceEquals(user, _user))
        {
            _user = user;
            _caller = FederationCaller.From(user);
            _loaded = LoadAsync(_caller, ct);
        }
        // Every check waits for the one load, so no field is decided on relations still being read.
        await _loaded!;
        return _caller;
    }

    private async Task LoadAsync(FederationCaller caller, CancellationToken ct)
    {
        if (caller.PersonId is not { } person) return;
        if (GlobalId.TryParse(person, out var id) && id.Institution == Institution && id.Type == "Teacher")
        {
            OwnCandidates = (await db.Candidates.AsNoTracking().Where(c => c.TeacherId == id.Key).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
            var own = OwnCandidates.ToList();
            OwnExhibitions = (await db.Exhibitions.AsNoTracking().Where(e => own.Contains(e.CandidateId)).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        }
        MenteeCandidates = (await db.Mentorships.AsNoTracking().Where(m => m.MentorId == person).Select(m => m.CandidateId).ToListAsync(ct)).ToHashSet();
        var panels = await db.AdjudicatorReports.AsNoTracking().Where(r => r.AdjudicatorId == person).Select(r => r.AdjudicationId).ToListAsync(ct);
        Panels = panels.ToHashSet();
        AdjudicatedExhibitions = (await db.Adjudications.AsNoTracking().Where(a => panels.Contains(a.Id)).Select(a => a.ExhibitionId).ToListAsync(ct)).ToHashSet();
    }
}
