namespace ProfD.Gateway.Composition;

/// <summary>The subgraphs cannot be composed; the message names the subgraph and the type.</summary>
internal sealed class CompositionException(string message) : Exception(message);
