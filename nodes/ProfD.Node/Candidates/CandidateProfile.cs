namespace ProfD.Node.Candidates;

/// <summary>Who a candidate is, in one row: their teacher's name and school.</summary>
internal sealed record CandidateProfile(string CandidateId, string TeacherId, string DisplayName, string SchoolId);
