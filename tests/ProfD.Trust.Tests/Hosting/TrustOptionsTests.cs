using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ProfD.Trust.Hosting;

namespace ProfD.Trust.Tests.Hosting;

/// <summary>Bad options stop the trust at start with a message naming the key.</summary>
public sealed class TrustOptionsTests
{
    [Theory]
    [InlineData("Trust:Code", "Not A Code", "Trust:Code")]
    [InlineData("Trust:HarvestInterval", "00:00:00", "Trust:HarvestInterval")]
    [InlineData("Trust:HealthCheckInterval", "2.00:00:00", "Trust:HealthCheckInterval")]
    [InlineData("Trust:NodeTimeout", "00:10:00", "Trust:NodeTimeout")]
    [InlineData("Trust:HarvestPageSize", "0", "Trust:HarvestPageSize")]
    public void A_bad_option_fails_the_build_with_its_key(string key, string value, string named)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => TrustApplication.Build([], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value, ["Trust:DataDirectory"] = Path.GetTempPath() })));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new TrustOptions();
        Assert.Equal("trust", options.Code);
        Assert.Equal(TimeSpan.FromMinutes(5), options.HarvestInterval);
        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), null, validateAllProperties: true));
    }
}
