namespace ProfD.Gateway.Composition;

/// <summary>How a root field is answered: by whom, and for node fields, by which arguments.</summary>
/// <param name="IdArguments">The field's top-level ID arguments, in order: the first one given names the home node.</param>
internal sealed record RootRoute(RootRouting Routing, IReadOnlyList<string> IdArguments);
