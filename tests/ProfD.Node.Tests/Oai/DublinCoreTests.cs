using ProfD.Node.Oai;

namespace ProfD.Node.Tests.Oai;

public sealed class DublinCoreTests
{
    [Theory]
    [InlineData("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/")]
    [InlineData("cc-by-nd-3.0", "https://creativecommons.org/licenses/by-nd/3.0/")]
    [InlineData("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/")]
    [InlineData("MIT", null)]
    [InlineData("CC-BY-XYZ-4.0", null)]
    public void Creative_commons_licences_get_their_deed_url(string licence, string? url)
    {
        Assert.Equal(url, DublinCore.LicenceUrl(licence));
    }
}
