namespace ProfD.Node.Research;

internal sealed class EthicsApprovalInput
{
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? Reference { get; set; }
}
