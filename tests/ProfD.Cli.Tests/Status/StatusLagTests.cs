using ProfD.Cli.Status;

namespace ProfD.Cli.Tests.Status;

public sealed class StatusLagTests
{
    [Theory]
    [InlineData(null, "never")]
    [InlineData(0L, "0s")]
    [InlineData(59L, "59s")]
    [InlineData(303L, "5m 03s")]
    [InlineData(7800L, "2h 10m")]
    [InlineData(273600L, "3d 4h")]
    public void Lag_reads_at_a_glance(long? seconds, string expected) => Assert.Equal(expected, StatusCommand.Lag(seconds));
}
