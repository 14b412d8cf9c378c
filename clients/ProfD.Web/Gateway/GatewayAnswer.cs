using ProfD.Client.Errors;

namespace ProfD.Web.Gateway;

/// <summary>What a page got from the gateway: data (possibly partial) and the errors to show beside it.</summary>
internal sealed record GatewayAnswer<TData>(TData? Data, IReadOnlyList<GatewayProblem> Problems)
{
    public static GatewayAnswer<TData> Failed(params GatewayProblem[] problems) => new(default, problems);

    public static IReadOnlyList<GatewayProblem> From(IEnumerable<GraphQLError> errors) =>
        [.. errors.Select(e => new GatewayProblem(e.Code ?? "ERROR", e.Message, e.Institution))];
}
