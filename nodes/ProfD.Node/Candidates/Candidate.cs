using ProfD.Node.Cohorts;
using ProfD.Node.Teachers;

namespace ProfD.Node.Candidates;

/// <summary>A teacher enrolled in a cohort, working towards the doctorate.</summary>
internal sealed class Candidate
{
    public required string Id { get; set; }
    public required string TeacherId { get; set; }
    public Teacher? Teacher { get; set; }
    public required string CohortId { get; set; }
    public Cohort? Cohort { get; set; }
    public CandidateStage Stage { get; set; }
    public DateTime EnrolledAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
