using ProfD.Node.Media;

namespace Microsoft.Extensions.DependencyInjection;

internal static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Registers media storage: <see cref="MediaOptions"/> from the <c>Media</c> section (validated at start), the
    /// <see cref="MediaStore"/>, the per-request <see cref="MediaUploader"/>, and the clean-up of unfinished uploads.
    /// </summary>
    public static IServiceCollection AddNodeMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MediaStore>();
        services.AddScoped<MediaUploader>();
        services.AddHostedService<IncomingMediaCleaner>();
        return services;
    }
}
