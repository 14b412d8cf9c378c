using Microsoft.Extensions.Options;
using ProfD.Node.Media;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Media;

public sealed class MediaOptionsTests
{
    [Fact]
    public void The_default_upload_limit_is_512_MiB()
    {
        Assert.Equal(512L * 1024 * 1024, new MediaOptions().MaxUploadBytes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task A_node_with_a_bad_upload_limit_does_not_start_and_says_which_setting(string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => KestrelNode.StartAsync(null, new Dictionary<string, string?> { ["Media:MaxUploadBytes"] = value }));

        Assert.Contains("Media:MaxUploadBytes", error.Message, StringComparison.Ordinal);
    }
}
