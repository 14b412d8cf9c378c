using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProfD.Node.Identity;

/// <summary>
/// A fixed window of login attempts per client address, on top of the per-account lockout, so one address cannot
/// try many accounts. Kept beside the login endpoint rather than in the shared rate-limiting middleware.
/// </summary>
internal sealed class LoginRateLimiter(IOptions<NodeIdentityOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Whether the caller of <paramref name="context"/> may try to log in now.</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "local");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
