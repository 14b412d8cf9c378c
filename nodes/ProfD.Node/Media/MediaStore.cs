using Microsoft.Extensions.Options;
using ProfD.Node.Institution;

namespace ProfD.Node.Media;

/// <summary>
/// Where media bytes live: <c>{DataDirectory}/media/ab/cd/{sha256}</c>, named by their hash, so the same bytes are one
/// file. Uploads are written to <c>media/.incoming</c> first (the same file system, so moving them into place is one
/// atomic rename) and never appear under their final name half-written.
/// </summary>
internal sealed class MediaStore(IOptions<NodeOptions> options)
{
    /// <summary>The media folder: <c>{DataDirectory}/media</c>.</summary>
    public string Root { get; } = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, "media"));

    /// <summary>Where uploads are written while they arrive.</summary>
    public string Incoming => Path.Combine(Root, ".incoming");

    /// <summary>The file of the blob with <paramref name="sha256"/> (64 lower-case hex digits).</summary>
    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    /// <summary>A new, unique temporary file name in <see cref="Incoming"/>, creating the folder if need be.</summary>
    public string NewTemporaryPath()
    {
        Directory.CreateDirectory(Incoming);
        return Path.Combine(Incoming, $"{Guid.NewGuid():N}.part");
    }

    /// <summary>
    /// Moves a finished upload to its final name. Returns false when a file of that hash is already there (the same
    /// bytes, uploaded before or at the same moment), in which case the temporary file is deleted.
    /// </summary>
    public bool Commit(string temporaryPath, string sha256)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            DeleteQuietly(temporaryPath);
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(temporaryPath, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            DeleteQuietly(temporaryPath);
            return false;
        }
    }

    /// <summary>Deletes every leftover temporary file (from a process that stopped mid-upload).</summary>
    public int ClearIncoming()
    {
        if (!Directory.Exists(Incoming)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Incoming))
        {
            if (DeleteQuietly(file)) removed++;
        }
        return removed;
    }

    public static bool DeleteQuietly(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
