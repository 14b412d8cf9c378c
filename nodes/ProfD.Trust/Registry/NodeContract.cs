using ProfD.Schema.Contracts;

namespace ProfD.Trust.Registry;

/// <summary>
/// The node contract the trust was built with (<c>schema/node.graphql</c>, embedded), and the check that a node's SDL
/// provides all of it (<see cref="SdlContract"/>).
/// </summary>
internal static class NodeContract
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(NodeContract).Assembly.GetManifestResourceStream("ProfD.Trust.node.graphql")
            ?? throw new InvalidOperationException("The node contract is not embedded in ProfD.Trust.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The SDL of <c>schema/node.graphql</c>.</summary>
    public static string Sdl => Text.Value;

    /// <summary>What <paramref name="servedSdl"/> lacks of the contract; empty when it provides all of it.</summary>
    public static IReadOnlyList<string> MissingFrom(string servedSdl) => SdlContract.MissingFrom(Sdl, servedSdl);
}
