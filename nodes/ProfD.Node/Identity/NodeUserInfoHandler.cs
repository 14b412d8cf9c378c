using System.Collections.Immutable;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ProfD.Node.Identity;

/// <summary>Adds the federation claims (affiliation, home institution, roles) that OpenIddict's own userinfo handler does not know.</summary>
internal sealed class NodeUserInfoHandler : IOpenIddictServerHandler<HandleUserInfoRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleUserInfoRequestContext>()
            .UseSingletonHandler<NodeUserInfoHandler>()
            .SetOrder(OpenIddictServerHandlers.UserInfo.AttachClaims.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleUserInfoRequestContext context)
    {
        if (context.AccessTokenPrincipal is null) return default;
        foreach (var (type, values) in NodeAccountClaims.UserInfoOf(context.AccessTokenPrincipal))
        {
            context.Claims[type] = type == ProfD.Schema.Identity.FederationClaims.Role ? new OpenIddictParameter(ImmutableArray.Create<string?>(values)) : new OpenIddictParameter(values[0]);
        }
        return default;
    }
}
