using Microsoft.Extensions.Options;
using ProfD.Schema.Http;

namespace ProfD.Schema.Tests.Http;

public sealed class GraphQLHttpOptionsTests
{
    [Fact]
    public void Defaults_AreOneMebibyteBatchingOnAndTwentyPerBatch()
    {
        var options = new GraphQLHttpOptions();

        Assert.Equal(1024 * 1024, options.MaxRequestBodyBytes);
        Assert.True(options.EnableBatching);
        Assert.Equal(20, options.MaxBatchSize);
    }

    [Theory]
    [InlineData("GraphQL:Http:MaxBatchSize", "0", nameof(GraphQLHttpOptions.MaxBatchSize))]
    [InlineData("GraphQL:Http:MaxRequestBodyBytes", "10", nameof(GraphQLHttpOptions.MaxRequestBodyBytes))]
    public async Task Start_WithAnOptionOutOfRange_FailsNamingTheOption(string key, string value, string option)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GraphQLTestServer.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(option, error.Message);
    }
}
