using Microsoft.Extensions.Options;
using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Tests.CommandLine;

/// <summary>How exceptions become one line and an exit code.</summary>
public sealed class CliFailureTests
{
    [Fact]
    public void Invalid_options_are_a_usage_error_listing_every_failure()
    {
        var exception = new OptionsValidationException("Node", typeof(object), ["First is wrong.", "Second is wrong."]);

        var failure = CliFailure.From(exception, "node x");

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Equal("node x: First is wrong. Second is wrong.", failure.Message);
    }

    [Fact]
    public void A_bad_argument_while_building_is_a_usage_error_without_the_CSharp_parameter_name()
    {
        var failure = CliFailure.From(new ArgumentException("Node:Database is not understood.", "connectionString"), building: true);

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Equal("Node:Database is not understood.", failure.Message);
    }

    [Fact]
    public void A_bad_argument_while_running_is_a_runtime_failure()
    {
        var failure = CliFailure.From(new ArgumentException("Something inside broke."));

        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.Contains("ArgumentException", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_inner_exception_is_reported_for_its_aggregate()
    {
        var failure = CliFailure.From(new AggregateException(new OptionsValidationException("Node", typeof(object), ["Bad."])));

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
        Assert.Equal("Bad.", failure.Message);
    }

    [Fact]
    public void Messages_are_one_line()
    {
        var failure = CliFailure.From(new IOException("Cannot write here.\n  Try another folder.\r\n"));

        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.Equal("Cannot write here. Try another folder.", failure.Message);
    }

    [Fact]
    public void Rewriting_keeps_the_exit_code_and_the_cause()
    {
        var cause = new IOException("Node:Database is down.");
        var failure = CliFailure.From(cause).Rewritten(m => m.Replace("Node:Database", "--database", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.Equal("--database is down.", failure.Message);
        Assert.Same(cause, failure.InnerException);
    }
}
