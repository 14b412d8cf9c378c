namespace ProfD.Web.Gateway;

/// <summary>An error a page shows: its stable code, a message a person can act on, and the node it came from, if one.</summary>
public sealed record GatewayProblem(string Code, string Message, string? Institution = null);
