namespace ProfD.Schema.Hosting;

/// <summary>
/// Files only their owner may read (0600 on Unix), for keys, secrets and tokens: created with that mode before a byte
/// is written, and put in place whole (written beside, then moved), so nobody ever reads half a key.
/// </summary>
public static class OwnerOnlyFile
{
    /// <summary>Options that create a file readable and writable by its owner only.</summary>
    public static FileStreamOptions CreateOptions(FileMode mode = FileMode.CreateNew)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/>. Without <paramref name="overwrite"/> an existing
    /// file wins: an <see cref="IOException"/> says another process got there first, and nothing is left behind.
    /// </summary>
    public static void Write(string path, string content, bool overwrite)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Guid.NewGuid():N}.tmp");
        using (var writer = new StreamWriter(new FileStream(temporary, CreateOptions())))
        {
            writer.Write(content);
        }
        try
        {
            File.Move(temporary, path, overwrite);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            throw;
        }
    }
}
