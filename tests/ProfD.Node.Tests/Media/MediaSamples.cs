using System.Text;

namespace ProfD.Node.Tests.Media;

/// <summary>The first bytes of each kind of file, as real encoders write them, padded to any length with filler.</summary>
internal static class MediaSamples
{
    public static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
    public static readonly byte[] PngHead = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0x00, 0x00, 0x01, 0x00];
    public static readonly byte[] GifHead = "GIF89a\x01\x00\x01\x00\x80\x00\x00"u8.ToArray();
    public static readonly byte[] WebPHead = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8, 0x18, 0x00, 0x00, 0x00];
    public static readonly byte[] WavHead = [.. "RIFF"u8, 0x24, 0x08, 0x00, 0x00, .. "WAVEfmt "u8, 0x10, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00];
    public static readonly byte[] PdfHead = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"u8.ToArray();
    public static readonly byte[] Mp4Head = [0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .. "isommp41"u8];
    public static readonly byte[] WebMHead = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x84, .. "webm"u8, 0x42, 0x87, 0x81, 0x04];
    public static readonly byte[] MatroskaHead = [0x1A, 0x45, 0xDF, 0xA3, 0xA3, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x88, .. "matroska"u8];
    public static readonly byte[] Mp3Id3Head = [.. "ID3"u8, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A];
    public static readonly byte[] Mp3FrameHead = [0xFF, 0xFB, 0x90, 0x64, 0x00, 0x00, 0x00, 0x00];
    public static readonly byte[] OggHead = [.. "OggS"u8, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    public static readonly byte[] ExeHead = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
    public static readonly byte[] ZipHead = [(byte)'P', (byte)'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00];
    public static readonly byte[] AviHead = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "AVI LIST"u8];

    /// <summary><paramref name="head"/> followed by filler that differs with <paramref name="seed"/>, <paramref name="length"/> bytes in all.</summary>
    public static byte[] Binary(byte[] head, int length, int seed = 1)
    {
        var bytes = new byte[Math.Max(length, head.Length)];
        new Random(seed).NextBytes(bytes);
        head.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>UTF-8 text of about <paramref name="length"/> bytes, with accents and line breaks.</summary>
    public static byte[] Text(int length, string line = "Pupils rehearsed aloud — café talk — before writing.\n")
    {
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < length) text.Append(line);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
