namespace ProfD.Gateway.Composition;

/// <summary>Arguments the gateway adds to root fields over institution data, and strips before forwarding.</summary>
internal static class GatewayArguments
{
    /// <summary>On connections: the institution codes to ask (default: every node in the federation but the incompatible ones).</summary>
    public const string Institutions = "institutions";

    /// <summary>On fields with no ID to route by: the institution code whose node answers.</summary>
    public const string Node = "node";

    public static bool IsGatewayArgument(string name) => name is Institutions or Node;
}
