namespace ProfD.Trust.Demo;

internal static class TrustDemoServiceCollectionExtensions
{
    /// <summary>Seeds the trust for <paramref name="plan"/> in the background once it has started.</summary>
    public static IServiceCollection AddTrustDemo(this IServiceCollection services, TrustDemoPlan plan)
    {
        services.AddSingleton(plan);
        services.AddSingleton<TrustDemoSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<TrustDemoSeeder>());
        return services;
    }
}
