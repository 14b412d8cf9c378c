using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProfD.Node.Data;
using ProfD.Node.Institution;

namespace ProfD.Node.Media;

/// <summary>
/// Takes one upload from a stream to its place in the <see cref="MediaStore"/>: written to a temporary file while it is
/// hashed and its type checked from the first bytes, never held in memory as a whole, then moved into place and
/// recorded as a <see cref="MediaBlob"/>. Whatever stops it midway (a refused type, the size limit, the client going
/// away) deletes the temporary file, so a failed upload leaves nothing behind.
/// </summary>
internal sealed class MediaUploader(
    MediaStore store,
    NodeDbContext db,
    InstitutionProfile institution,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ILogger<MediaUploader> logger)
{
    private const int BufferSize = 81920;

    /// <summary>Stores the bytes of <paramref name="body"/>; <c>Created</c> is false when the same bytes were already here.</summary>
    /// <exception cref="MediaRejectedException">Empty, too large, or not an allowed type (415).</exception>
    public async Task<(MediaUploadResponse Media, bool Created)> UploadAsync(Stream body, string? declaredType, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        var temporary = store.NewTemporaryPath();
        try
        {
            var (sha256, size, type) = await ReceiveAsync(body, declaredType, temporary, limit, cancellationToken);
            var known = await db.MediaBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == sha256, cancellationToken);
            var placed = store.Commit(temporary, sha256);
            if (known is not null) return (ResponseFor(known), false);

            var blob = new MediaBlob { Sha256 = sha256, SizeBytes = size, ContentType = type, CreatedAt = time.GetUtcNow().UtcDateTime };
            db.MediaBlobs.Add(blob);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.Entry(blob).State = EntityState.Detached;
                // The same bytes arrived twice at once and the other upload recorded them first.
                var raced = await db.MediaBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == sha256, CancellationToken.None);
                if (raced is not null) return (ResponseFor(raced), false);
                Unplace(placed, sha256);
                throw;
            }
            catch (Exception)
            {
                Unplace(placed, sha256);
                throw;
            }
            logger.LogInformation("Stored media {Sha256} ({Size} bytes, {ContentType})", sha256, size, type);
            return (ResponseFor(blob), true);
        }
        finally
        {
            MediaStore.DeleteQuietly(temporary);
        }
    }

    private async Task<(string Sha256, long Size, string ContentType)> ReceiveAsync(
        Stream body, string? declaredType, string temporary, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        var buffer = new byte[BufferSize];
        var head = new byte[MediaTypeSniffer.HeadLength];
        var headLength = 0;
        long size = 0;
        AllowedMediaType? type = null;
        Utf8TextValidator? text = null;
        string? contentType = null;

        while (true)
        {
            var read = await body.ReadAsync(buffer, cancellationToken);
            var chunk = buffer.AsMemory(0, read);
            size += read;
            if (size > limit) throw TooLarge(limit);

            if (type is null)
            {
                // Hold back the first bytes until there are enough to recognise the type (or the body ends).
                var take = Math.Min(read, head.Length - headLength);
                chunk.Span[..take].CopyTo(head.AsSpan(headLength));
                headLength += take;
                if (headLength < head.Length && read > 0) continue;
                if (headLength == 0) throw new MediaRejectedException(StatusCodes.Status400BadRequest, "Empty upload", "The request body is empty; send the file's bytes.");

                type = MediaTypeSniffer.Detect(head.AsSpan(0, headLength), complete: read == 0)
                    ?? throw Unsupported("The bytes are not one of the allowed types: JPEG, PNG, WebP, GIF, PDF, MP4, WebM, MP3, Ogg, WAV or UTF-8 text.");
                contentType = type.Accept(MediaTypeOf(declaredType))
                    ?? throw Unsupported($"The bytes are {type.ContentType}, but the request declared '{MediaTypeOf(declaredType)}'.");
                if (type.IsText) text = new Utf8TextValidator();
                await WriteAsync(head.AsMemory(0, headLength));
                chunk = chunk[take..];
            }

            if (read == 0) break;
            await WriteAsync(chunk);
        }

        if (text is not null && !text.Complete()) throw Unsupported("The text ends in the middle of a UTF-8 character.");
        await file.FlushAsync(cancellationToken);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, contentType!);

        async Task WriteAsync(ReadOnlyMemory<byte> bytes)
        {
            if (bytes.IsEmpty) return;
            if (text is not null && !text.Append(bytes.Span)) throw Unsupported("The body starts as UTF-8 text but is not UTF-8 text throughout.");
            hash.AppendData(bytes.Span);
            await file.WriteAsync(bytes, cancellationToken);
        }
    }

    // Not recorded, so not kept: a file without its row would never be served.
    private void Unplace(bool placed, string sha256)
    {
        if (placed) MediaStore.DeleteQuietly(store.PathOf(sha256));
    }

    private MediaUploadResponse ResponseFor(MediaBlob blob) =>
        new(institution.GlobalIdOf("Media", blob.Sha256), blob.Sha256, blob.SizeBytes, blob.ContentType);

    /// <summary>The media type of a Content-Type header, without parameters such as <c>charset</c>.</summary>
    private static string? MediaTypeOf(string? header) =>
        header is null ? null : header.Split(';', 2)[0].Trim() is { Length: > 0 } type ? type : null;

    public static MediaRejectedException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "Upload too large", $"Uploads may be at most {limit} bytes (Media:MaxUploadBytes).");

    private static MediaRejectedException Unsupported(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Media type not allowed", detail);
}
