namespace ProfD.Node.Tests.Contract;

/// <summary>Finds the contract files in schema/ from the test's working directory.</summary>
internal static class ContractFiles
{
    public static string PathOf(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProfD.sln"))) return Path.Combine(dir.FullName, "schema", file);
        }
        throw new InvalidOperationException("ProfD.sln not found above the test directory.");
    }

    public static string Normalize(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
}
