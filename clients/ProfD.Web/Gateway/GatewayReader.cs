using ProfD.Client;
using ProfD.Client.Errors;
using ProfD.Client.Transport;

namespace ProfD.Web.Gateway;

/// <summary>Runs a page's operation at the gateway, turning every failure into problems the page can show.</summary>
internal sealed class GatewayReader(ProfDClient client, ILogger<GatewayReader> logger)
{
    public const string GatewayUnavailable = "GATEWAY_UNAVAILABLE";

    public async Task<GatewayAnswer<TData>> ReadAsync<TVariables, TData>(
        GraphQLOperation<TVariables, TData> operation, TVariables variables, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.ExecuteAsync(operation, variables, cancellationToken);
            return new GatewayAnswer<TData>(result.Data, GatewayAnswer<TData>.From(result.Errors));
        }
        catch (ProfDGraphQLException e)
        {
            return new GatewayAnswer<TData>(default, GatewayAnswer<TData>.From(e.Errors));
        }
        catch (HttpRequestException e)
        {
            // The page still renders: a person sees what is wrong, never a stack trace.
            logger.LogWarning("{Operation} failed at the gateway: {Message}", operation.Name, e.Message);
            return GatewayAnswer<TData>.Failed(new GatewayProblem(GatewayUnavailable, "The federation's gateway did not answer. Try again in a moment."));
        }
    }
}
