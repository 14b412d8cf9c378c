using Microsoft.EntityFrameworkCore;
using ProfD.Node.Data;

namespace ProfD.Node.Access;

/// <summary>The one-row reads a mutation's rule needs before it runs: whose exhibition, whose project, whose mentorship.</summary>
internal sealed class AccessLookups(NodeDbContext db)
{
    public Task<string?> CandidateOfExhibitionAsync(string? key, CancellationToken ct) => key is null ? Task.FromResult<string?>(null)
        : db.Exhibitions.AsNoTracking().Where(e => e.Id == key).Select(e => e.CandidateId).FirstOrDefaultAsync(ct);

    public Task<string?> CandidateOfProjectAsync(string? key, CancellationToken ct) => key is null ? Task.FromResult<string?>(null)
        : db.ResearchProjects.AsNoTracking().Where(p => p.Id == key).Select(p => p.CandidateId).FirstOrDefaultAsync(ct);

    public Task<string?> ExhibitionOfMediaItemAsync(string? key, CancellationToken ct) => key is null ? Task.FromResult<string?>(null)
        : db.MediaItems.AsNoTracking().Where(m => m.Id == key).Select(m => m.ExhibitionId).FirstOrDefaultAsync(ct);

    public Task<string?> ExhibitionOfShowingAsync(string? key, CancellationToken ct) => key is null ? Task.FromResult<string?>(null)
        : db.ExhibitionShowings.AsNoTracking().Where(s => s.Id == key).Select(s => s.ExhibitionId).FirstOrDefaultAsync(ct);

    public Task<string?> MentorOfMentorshipAsync(string? key, CancellationToken ct) => key is null ? Task.FromResult<string?>(null)
        : db.Mentorships.AsNoTracking().Where(m => m.Id == key).Select(m => m.MentorId).FirstOrDefaultAsync(ct);

    public Task<string?> TeacherOfCandidateAsync(string? key, CancellationToken ct) => key is null ? Task.FromResult<string?>(null)
        : db.Candidates.AsNoTracking().Where(c => c.Id == key).Select(c => c.TeacherId).FirstOrDefaultAsync(ct);
}
