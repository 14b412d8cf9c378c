namespace ProfD.Trust.Identity;

/// <summary>The hub will not issue tokens for this person; the message says why, for the person to read.</summary>
internal sealed class HubLoginRefusedException(string message) : Exception(message);
