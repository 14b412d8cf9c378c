using System.Text.Json.Nodes;
using ProfD.Schema.Exhibitions;

namespace ProfD.Schema.Tests.Exhibitions;

public sealed class ExhibitionFormatTests
{
    [Fact]
    public void A_document_round_trips_through_json_unchanged()
    {
        var json = ExhibitionFormat.Serialize(SampleDocuments.Full());

        var read = ExhibitionFormat.Deserialize(json);

        Assert.Equal(json, ExhibitionFormat.Serialize(read));
        Assert.Equal("Amira Haddad", read.Author!.Name);
        Assert.Equal(new DateOnly(2026, 9, 1), read.Showings[0].Date);
        Assert.Equal(ExhibitionLinkRelation.Challenges, read.BuildsOn[1].Relation);
        Assert.Equal(5_000_000_000, read.Media[0].SizeBytes);
    }

    [Fact]
    public void Json_uses_camel_case_names_upper_snake_case_values_and_leaves_absent_values_out()
    {
        var json = JsonNode.Parse(ExhibitionFormat.Serialize(SampleDocuments.Full()))!.AsObject();

        Assert.Equal("exhibition-format/1.0", (string?)json["format"]);
        Assert.Equal("BUILDS_ON", (string?)json["buildsOn"]![0]!["relation"]);
        Assert.Equal("VIDEO", (string?)json["media"]![0]!["kind"]);
        Assert.Equal("PARENTS", (string?)json["showings"]![0]!["audience"]);
        Assert.Equal("2026-09-01", (string?)json["showings"]![0]!["date"]);
        Assert.True(json.ContainsKey("conclusionsForPractice"));
        Assert.False(json["media"]![1]!.AsObject().ContainsKey("altText"));
    }

    [Fact]
    public void A_new_document_is_version_1_0_with_the_default_licence()
    {
        var document = new ExhibitionDocument { Id = "x1:Exhibition:K", Institution = "x1", Title = "T" };

        Assert.Equal(ExhibitionFormat.Version, document.Format);
        Assert.Equal("CC-BY-4.0", document.Licence);
    }

    [Fact]
    public void A_later_minor_version_is_read_and_its_new_members_ignored()
    {
        var json = JsonNode.Parse(ExhibitionFormat.Serialize(SampleDocuments.Full()))!.AsObject();
        json["format"] = "exhibition-format/1.3";
        json["accessibilityStatement"] = "Added in 1.3.";

        var read = ExhibitionFormat.Deserialize(json.ToJsonString());

        Assert.Equal("exhibition-format/1.3", read.Format);
        Assert.Equal("Say it, then write it", read.Title);
    }

    [Theory]
    [InlineData("exhibition-format/2.0", "later major version")]
    [InlineData("something-else/1.0", "not an exhibition format")]
    [InlineData(null, "names no format")]
    public void Another_major_version_or_no_format_is_refused(string? format, string expected)
    {
        var json = JsonNode.Parse(ExhibitionFormat.Serialize(SampleDocuments.Full()))!.AsObject();
        if (format is null) json.Remove("format");
        else json["format"] = format;

        var error = Assert.Throws<ExhibitionFormatException>(() => ExhibitionFormat.Deserialize(json.ToJsonString()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"format\":\"exhibition-format/1.0\",\"id\":\"a1:Exhibition:K\",\"institution\":\"a1\"}")]
    [InlineData("{\"format\":\"exhibition-format/1.0\",\"id\":\"a1:Exhibition:K\",\"institution\":\"a1\",\"title\":\"T\",\"media\":[{\"kind\":\"HOLOGRAM\",\"caption\":\"c\"}]}")]
    public void Malformed_documents_are_refused_with_a_format_exception(string json)
    {
        Assert.Throws<ExhibitionFormatException>(() => ExhibitionFormat.Deserialize(json));
    }

    [Fact]
    public void CanRead_accepts_every_1_x_and_nothing_else()
    {
        Assert.True(ExhibitionFormat.CanRead("exhibition-format/1.0"));
        Assert.True(ExhibitionFormat.CanRead("exhibition-format/1.12"));
        Assert.False(ExhibitionFormat.CanRead("exhibition-format/2.0"));
        Assert.False(ExhibitionFormat.CanRead("exhibition-format/1"));
        Assert.False(ExhibitionFormat.CanRead(null));
    }
}
