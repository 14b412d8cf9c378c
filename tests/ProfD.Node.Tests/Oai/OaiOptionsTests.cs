using Microsoft.Extensions.Options;
using ProfD.Node.Oai;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Oai;

public sealed class OaiOptionsTests
{
    [Fact]
    public void Defaults_are_a_page_of_100_and_a_placeholder_admin_address()
    {
        var options = new OaiOptions();

        Assert.Equal(100, options.PageSize);
        Assert.Equal("admin@localhost", options.AdminEmail);
        Assert.Null(options.BaseUrl);
        Assert.Null(options.RecordUrlTemplate);
    }

    [Theory]
    [InlineData("Oai:PageSize", "0")]
    [InlineData("Oai:PageSize", "1001")]
    [InlineData("Oai:AdminEmail", "not an address")]
    [InlineData("Oai:BaseUrl", "/oai")]
    [InlineData("Oai:RecordUrlTemplate", "https://profd.example.org/exhibitions/")]
    public async Task A_node_with_a_bad_oai_setting_does_not_start_and_names_the_setting(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => KestrelNode.StartAsync(null, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
