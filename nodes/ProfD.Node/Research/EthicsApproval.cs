namespace ProfD.Node.Research;

/// <summary>Who approved a project's ethics, when, and under which reference.</summary>
internal sealed record EthicsApproval(string ApprovedBy, DateTime? ApprovedAt, string? Reference);
