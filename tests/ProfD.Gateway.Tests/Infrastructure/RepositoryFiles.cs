namespace ProfD.Gateway.Tests.Infrastructure;

/// <summary>Files of the repository the tests run from: the schema contracts under <c>schema/</c>.</summary>
internal static class RepositoryFiles
{
    public static string Schema(string name) => Path.Combine(Root(), "schema", name);

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ProfD.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("The tests are not running inside the ProfD repository.");
    }
}
