using System.Text;
using ProfD.Node.Media;

namespace ProfD.Node.Tests.Media;

public sealed class MediaTypeSnifferTests
{
    public static TheoryData<string, string> Allowed => new()
    {
        { nameof(MediaSamples.JpegHead), "image/jpeg" },
        { nameof(MediaSamples.PngHead), "image/png" },
        { nameof(MediaSamples.GifHead), "image/gif" },
        { nameof(MediaSamples.WebPHead), "image/webp" },
        { nameof(MediaSamples.WavHead), "audio/wav" },
        { nameof(MediaSamples.PdfHead), "application/pdf" },
        { nameof(MediaSamples.Mp4Head), "video/mp4" },
        { nameof(MediaSamples.WebMHead), "video/webm" },
        { nameof(MediaSamples.Mp3Id3Head), "audio/mpeg" },
        { nameof(MediaSamples.Mp3FrameHead), "audio/mpeg" },
        { nameof(MediaSamples.OggHead), "audio/ogg" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_allowed_kind_is_recognised_from_its_first_bytes(string sample, string expected)
    {
        var bytes = MediaSamples.Binary(Head(sample), 5000);

        Assert.Equal(expected, MediaTypeSniffer.Detect(bytes.AsSpan(0, MediaTypeSniffer.HeadLength), complete: false)?.ContentType);
    }

    [Theory]
    [InlineData(nameof(MediaSamples.ExeHead))]
    [InlineData(nameof(MediaSamples.ZipHead))]
    [InlineData(nameof(MediaSamples.AviHead))]
    [InlineData(nameof(MediaSamples.MatroskaHead))]
    public void Files_outside_the_allow_list_are_not_recognised(string sample)
    {
        var bytes = MediaSamples.Binary(Head(sample), 5000);

        Assert.Null(MediaTypeSniffer.Detect(bytes.AsSpan(0, MediaTypeSniffer.HeadLength), complete: false));
    }

    [Fact]
    public void Utf8_text_is_text_and_binary_or_malformed_bytes_are_not()
    {
        Assert.Equal("text/plain", MediaTypeSniffer.Detect(MediaSamples.Text(100), complete: true)?.ContentType);
        Assert.Equal("text/plain", MediaTypeSniffer.Detect([0xEF, 0xBB, 0xBF, .. "with a byte order mark\r\n\tand a tab"u8], complete: true)?.ContentType);
        Assert.Null(MediaTypeSniffer.Detect("text with a NUL \0 in it"u8, complete: true));
        Assert.Null(MediaTypeSniffer.Detect("text with an escape \x1B[31m"u8, complete: true));
        Assert.Null(MediaTypeSniffer.Detect([(byte)'a', 0xC3, 0x28, (byte)'b'], complete: true));
    }

    [Fact]
    public void A_character_cut_off_at_the_end_of_the_head_is_text_unless_the_file_ends_there()
    {
        var cut = Encoding.UTF8.GetBytes("café")[..^1];

        Assert.Equal("text/plain", MediaTypeSniffer.Detect(cut, complete: false)?.ContentType);
        Assert.Null(MediaTypeSniffer.Detect(cut, complete: true));
    }

    [Fact]
    public void The_text_validator_follows_characters_across_chunks_and_refuses_a_bad_byte_late_in_the_stream()
    {
        var bytes = Encoding.UTF8.GetBytes("naïve café — über\n");
        var validator = new Utf8TextValidator();
        foreach (var b in bytes) Assert.True(validator.Append([b]));
        Assert.True(validator.Complete());

        var late = new Utf8TextValidator();
        Assert.True(late.Append(MediaSamples.Text(10_000)));
        Assert.False(late.Append([0x00]));
    }

    [Theory]
    [InlineData(null, "video/mp4")]
    [InlineData("application/octet-stream", "video/mp4")]
    [InlineData("video/mp4", "video/mp4")]
    [InlineData("AUDIO/MP4", "audio/mp4")]
    [InlineData("image/png", null)]
    public void A_declared_type_must_name_the_same_kind_of_bytes(string? declared, string? stored)
    {
        Assert.Equal(stored, MediaTypeSniffer.Mp4.Accept(declared));
    }

    private static byte[] Head(string name) =>
        (byte[])typeof(MediaSamples).GetField(name)!.GetValue(null)!;
}
