using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Demo;

/// <summary>
/// Small real files behind the demo's media, made from the item itself so the same demo always has the same bytes: a
/// PNG for an image, a WAV tone for audio, a one-page PDF for a document; every video is the same short WebM clip,
/// made once with ffmpeg and embedded, since nothing here encodes video.
/// </summary>
internal sealed record DemoMediaFile(string ContentType, string Extension, byte[] Bytes, double? DurationSeconds = null)
{
    private static readonly Lazy<byte[]> LessonVideo = new(() =>
    {
        using var resource = typeof(DemoMediaFile).Assembly.GetManifestResourceStream("ProfD.Node.Demo.lesson.webm")
            ?? throw new InvalidOperationException("The demo's lesson video is not embedded in the node.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    });

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));

    public static DemoMediaFile? For(MediaKind kind, string seed, string caption) => kind switch
    {
        MediaKind.Video => new("video/webm", "webm", LessonVideo.Value, 3),
        MediaKind.Image => new("image/png", "png", Png(seed)),
        MediaKind.Audio => new("audio/wav", "wav", Wav(seed), WavSeconds),
        MediaKind.Document => new("application/pdf", "pdf", Pdf(caption)),
        _ => null,
    };

    // 96 × 64 pixels: two colours from the seed, blended left to right.
    private static byte[] Png(string seed)
    {
        const int Width = 96, Height = 64;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var raw = new byte[Height * (1 + Width * 3)];
        for (var y = 0; y < Height; y++)
        {
            var row = y * (1 + Width * 3);
            for (var x = 0; x < Width; x++)
                for (var c = 0; c < 3; c++)
                    raw[row + 1 + x * 3 + c] = (byte)((hash[c] * (Width - x) + hash[c + 3] * x) / Width);
        }
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private const int WavSeconds = 2;

    // Two seconds of a soft tone, 8 kHz, 8-bit mono; the pitch comes from the seed.
    private static byte[] Wav(string seed)
    {
        const int Rate = 8000, Seconds = WavSeconds;
        var pitch = 220 + SHA256.HashData(Encoding.UTF8.GetBytes(seed))[0] * 2;
        var samples = new byte[Rate * Seconds];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (byte)(128 + 40 * Math.Sin(2 * Math.PI * pitch * i / Rate));
        using var wav = new MemoryStream();
        using var writer = new BinaryWriter(wav);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples.Length);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1); // PCM
        writer.Write((short)1); // mono
        writer.Write(Rate);
        writer.Write(Rate); // bytes per second
        writer.Write((short)1); // block align
        writer.Write((short)8); // bits per sample
        writer.Write("data"u8);
        writer.Write(samples.Length);
        writer.Write(samples);
        writer.Flush();
        return wav.ToArray();
    }

    // One page with the caption on it, the cross-reference table counted as it is written.
    private static byte[] Pdf(string caption)
    {
        var text = new string(caption.Where(c => c is >= ' ' and <= '~' and not ('(' or ')' or '\\')).ToArray());
        var content = $"BT /F1 14 Tf 56 780 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
