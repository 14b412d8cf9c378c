using Microsoft.Extensions.DependencyInjection;

namespace ProfD.Node.Access;

/// <summary>
/// For tests written before logins, which drive a node anonymously: lets every request do everything. Production code
/// never calls this; the tests of the rules themselves leave it out.
/// </summary>
internal static class NodeAccessTesting
{
    public static IServiceCollection PermitAll(IServiceCollection services) => services.AddSingleton<PermitAllNodeAccess>();
}
