namespace ProfD.Node.Access;

/// <summary>Registered only by <see cref="NodeAccessTesting.PermitAll"/>: turns every rule off.</summary>
internal sealed class PermitAllNodeAccess;
