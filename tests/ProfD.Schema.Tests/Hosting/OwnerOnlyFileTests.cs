using ProfD.Schema.Hosting;

namespace ProfD.Schema.Tests.Hosting;

public sealed class OwnerOnlyFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profd-owner-only-").FullName;

    [Fact]
    public void A_new_file_is_readable_by_its_owner_only_and_leaves_nothing_beside_it()
    {
        var path = Path.Combine(_directory, "secret");

        OwnerOnlyFile.Write(path, "s3cret", overwrite: false);

        Assert.Equal("s3cret", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Without_overwrite_the_file_already_there_wins_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_directory, "secret");
        OwnerOnlyFile.Write(path, "first", overwrite: false);

        Assert.ThrowsAny<IOException>(() => OwnerOnlyFile.Write(path, "second", overwrite: false));

        Assert.Equal("first", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void With_overwrite_the_content_is_replaced_whole()
    {
        var path = Path.Combine(_directory, "logins");
        OwnerOnlyFile.Write(path, "old", overwrite: false);

        OwnerOnlyFile.Write(path, "new", overwrite: true);

        Assert.Equal("new", File.ReadAllText(path));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
