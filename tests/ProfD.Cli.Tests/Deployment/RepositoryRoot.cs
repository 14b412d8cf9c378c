namespace ProfD.Cli.Tests.Deployment;

/// <summary>The checkout the tests run from: the folder above them that holds ProfD.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ProfD.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("ProfD.sln not found above the test directory.");
    }
}
