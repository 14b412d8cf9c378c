using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProfD.Schema.Identity;

/// <summary>Keeping the keys that protect login and antiforgery cookies, so a restart does not sign everyone out mid-login.</summary>
public static class LoginCookieKeysExtensions
{
    /// <summary>
    /// Persists the ASP.NET Core data-protection key ring in <paramref name="directory"/> (created readable by this user
    /// only), under <paramref name="applicationName"/> so servers sharing a folder never read each other's cookies.
    /// </summary>
    public static IServiceCollection AddPersistedLoginCookieKeys(this IServiceCollection services, string directory, string applicationName)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(directory);
        else
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        services.AddDataProtection()
            .SetApplicationName(applicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(directory));
        // The key files are protected by the folder's permissions (0700), not by an XML encryptor: say it once in
        // docs/operations.md rather than at every start.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        return services;
    }
}
