namespace ProfD.Node.Demo;

/// <summary>One demo login: its e-mail, the Teacher it belongs to (null for staff), and what it is for.</summary>
internal sealed record DemoAccount(string Email, string DisplayName, string Affiliation, IReadOnlyList<string> Roles, string? TeacherKey, string Purpose);
