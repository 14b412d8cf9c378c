namespace ProfD.Trust.Registry;

/// <summary>A node did not answer a GraphQL request usefully: unreachable, too slow, not JSON, or with errors. The message says which, in a line.</summary>
internal sealed class NodeCallException(string message, Exception? innerException = null) : Exception(message, innerException);
