using ProfD.Cli.CommandLine;

namespace ProfD.Cli.Tests.CommandLine;

public sealed class TextTableTests
{
    [Fact]
    public void Columns_are_aligned_under_upper_case_headers_without_trailing_spaces()
    {
        var table = new TextTable("node", "lag", "error").Add("uclioe", "5s", null).Add("makerere", null, "line one\nline two");

        Assert.Equal(
            "NODE      LAG  ERROR\n" +
            "uclioe    5s   -\n" +
            "makerere  -    line one line two\n",
            table.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused() =>
        Assert.Throws<ArgumentException>(() => new TextTable("a", "b").Add("only one"));
}
