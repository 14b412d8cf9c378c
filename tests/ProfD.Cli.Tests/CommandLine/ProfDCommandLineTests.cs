using System.CommandLine;
using ProfD.Cli.CommandLine;
using ProfD.Cli.Demo;
using ProfD.Cli.Nodes;

namespace ProfD.Cli.Tests.CommandLine;

/// <summary>The command line in process: what is refused before anything starts, and what help says.</summary>
public sealed class ProfDCommandLineTests
{
    [Theory]
    [InlineData("--institution 'UCL'", "node", "--institution", "UCL", "--urls", "http://127.0.0.1:5101")]
    [InlineData("--urls 'localhost:5101'", "node", "--institution", "uclioe", "--urls", "localhost:5101")]
    [InlineData("--nation 'xx'", "node", "--institution", "uclioe", "--urls", "http://127.0.0.1:5101", "--nation", "xx")]
    [InlineData("--institution", "node", "--urls", "http://127.0.0.1:5101")]
    [InlineData("--urls", "node", "--institution", "uclioe")]
    [InlineData("--port-base 65534", "demo", "--port-base", "65534")]
    [InlineData("--port-base", "demo", "--port-base", "five")]
    [InlineData("--bogus", "demo", "--bogus")]
    [InlineData("command", "")]
    public async Task Bad_command_line_exits_2_with_one_line_naming_the_problem(string named, params string[] args)
    {
        var (exitCode, output, error) = await InvokeAsync(args.Where(a => a.Length > 0).ToArray());

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("profd", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        var (exitCode, output, error) = await InvokeAsync("--help");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal("", error);
        Assert.Contains("node", output, StringComparison.Ordinal);
        Assert.Contains("demo", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0", output, StringComparison.Ordinal);
        Assert.Contains("2 = bad command line", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_help_states_the_defaults()
    {
        var (exitCode, output, _) = await InvokeAsync("node", "--help");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains(NodeCommand.DefaultDataDirectory, output, StringComparison.Ordinal);
        Assert.Contains("--seed-demo", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_string_nobody_understands_exits_2_in_the_words_of_the_option()
    {
        var (exitCode, _, error) = await InvokeAsync(
            "node", "--institution", "uclioe", "--urls", "http://127.0.0.1:1", "--database", "Host=x;Colour=blue", "--data", Path.GetTempPath());

        Assert.Equal(ExitCodes.Usage, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Node:Database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter 'connectionString')", line, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var root = new RootCommand(ExitCodes.Explained("profd under test.")) { new NodeCommand(), new DemoCommand() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ProfDCommandLine.InvokeAsync(root, args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
