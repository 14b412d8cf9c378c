using System.Text.Json.Nodes;
using ProfD.Schema.Credentials;

namespace ProfD.Schema.Tests.Credentials;

/// <summary>RFC 8785 (JSON Canonicalization Scheme), checked against the RFC's own rules and examples.</summary>
public sealed class CanonicalJsonTests
{
    [Fact]
    public void Members_are_sorted_by_utf16_code_units_and_whitespace_is_dropped()
    {
        var json = JsonNode.Parse("""{ "b": 1, "a": { "z": true, "y": [ 3, null, "x" ] }, "A": false, "\u00e9": 0, "\ud83d\ude00": 1, "\ufb33": 2 }""");

        // Code-unit order: "A" (0x41) < "a" < "b" < "é" (0xE9) < surrogates (0xD83D) < "\uFB33".
        Assert.Equal("{\"A\":false,\"a\":{\"y\":[3,null,\"x\"],\"z\":true},\"b\":1,\"é\":0,\"😀\":1,\"דּ\":2}", CanonicalJson.ToText(json));
    }

    [Fact]
    public void Strings_escape_only_what_json_requires()
    {
        var json = new JsonObject { ["s"] = "quote\" backslash\\ tab\t newline\n bell\u0007 slash/ euro€" };

        Assert.Equal("{\"s\":\"quote\\\" backslash\\\\ tab\\t newline\\n bell\\u0007 slash/ euro€\"}", CanonicalJson.ToText(json));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("1.0", "1")]
    [InlineData("100", "100")]
    [InlineData("123.45", "123.45")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("-1.5e-7", "-1.5e-7")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("9007199254740992", "9007199254740992")]
    public void Numbers_are_written_as_ecmascript_writes_them(string input, string expected)
    {
        Assert.Equal($"[{expected}]", CanonicalJson.ToText(JsonNode.Parse($"[{input}]")));
    }

    [Fact]
    public void Values_built_in_code_and_parsed_values_give_the_same_bytes()
    {
        var built = new JsonObject { ["n"] = 42, ["f"] = 0.5, ["t"] = true, ["s"] = "x", ["a"] = new JsonArray(1, "two") };
        var parsed = JsonNode.Parse("""{"a":[1,"two"],"f":0.5,"n":42,"s":"x","t":true}""");

        Assert.Equal(CanonicalJson.Serialize(parsed), CanonicalJson.Serialize(built));
    }
}
