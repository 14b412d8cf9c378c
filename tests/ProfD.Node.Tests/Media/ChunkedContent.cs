using System.Net;
using System.Net.Http.Headers;

namespace ProfD.Node.Tests.Media;

/// <summary>A request body sent in chunks without a Content-Length, as a client streaming a file of unknown size does.</summary>
internal sealed class ChunkedContent : HttpContent
{
    private readonly byte[] bytes;
    private readonly int chunkSize;

    public ChunkedContent(byte[] bytes, string? contentType, int chunkSize = 16 * 1024)
    {
        this.bytes = bytes;
        this.chunkSize = chunkSize;
        if (contentType is not null) Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < bytes.Length; offset += chunkSize)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(chunkSize, bytes.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
