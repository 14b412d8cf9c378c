using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ProfD.Cli.Tests.Deployment;

/// <summary>
/// Each service's Dockerfile publishes its project from only what it copies: every project it references and every
/// file outside its folder that it embeds must be copied, or the image fails to build where no one is watching.
/// </summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string, string> Services => new()
    {
        { "nodes/ProfD.Node/Dockerfile", "nodes/ProfD.Node/ProfD.Node.csproj" },
        { "nodes/ProfD.Trust/Dockerfile", "nodes/ProfD.Trust/ProfD.Trust.csproj" },
        { "gateway/ProfD.Gateway/Dockerfile", "gateway/ProfD.Gateway/ProfD.Gateway.csproj" },
        { "clients/ProfD.Web/Dockerfile", "clients/ProfD.Web/ProfD.Web.csproj" },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_build_stage_copies_every_project_and_file_its_project_needs_and_runs_its_dll(string dockerfile, string project)
    {
        var text = await File.ReadAllTextAsync(RepositoryRoot.Combine(dockerfile));
        var build = text[..text.IndexOf("\nFROM ", text.IndexOf("AS build", StringComparison.Ordinal), StringComparison.Ordinal)];
        var copied = CopyLine().Matches(build).SelectMany(m => m.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Contains($"dotnet publish {project} ", build, StringComparison.Ordinal);
        string[] rootFiles = ["global.json", "Directory.Build.props", "Directory.Packages.props"];
        Assert.All(rootFiles, f => Assert.Contains(f, copied));
        foreach (var needed in Needs(project))
        {
            Assert.True(copied.Any(source => needed == source.TrimEnd('/') || needed.StartsWith(source.EndsWith('/') ? source : source + "/", StringComparison.Ordinal)),
                $"{dockerfile} does not copy {needed}, which {project} needs");
        }
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{Path.GetFileNameWithoutExtension(project)}.dll\"]", text, StringComparison.Ordinal);
        Assert.Contains("USER app", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_build_context_leaves_out_build_output_and_local_data()
    {
        var ignored = (await File.ReadAllLinesAsync(RepositoryRoot.Combine(".dockerignore"))).Select(l => l.Trim()).ToHashSet();

        Assert.Superset(new HashSet<string>(["**/bin/", "**/obj/", "**/node_modules/", ".git/", ".profd/"]), ignored);
    }

    /// <summary>Repository paths the project builds from: its folder, its referenced projects' folders, and files elsewhere it includes.</summary>
    private static IEnumerable<string> Needs(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([project]);
        while (pending.TryDequeue(out var current))
        {
            if (!seen.Add(current)) continue;
            var folder = Path.GetDirectoryName(current)!;
            yield return folder;
            var xml = XDocument.Load(RepositoryRoot.Combine(current));
            foreach (var item in xml.Descendants().Where(e => e.Attribute("Include") is not null))
            {
                var include = item.Attribute("Include")!.Value;
                if (!include.StartsWith("..", StringComparison.Ordinal) || include.Contains('*', StringComparison.Ordinal)) continue;
                var path = Relative(Path.Combine(folder, include.Replace('\\', '/')));
                if (item.Name.LocalName == "ProjectReference") pending.Enqueue(path);
                else yield return path;
            }
        }
    }

    private static string Relative(string path) =>
        Path.GetRelativePath(RepositoryRoot.Path, Path.GetFullPath(path, RepositoryRoot.Path)).Replace('\\', '/');

    [GeneratedRegex(@"^COPY (?!--from)(?<sources>.+) \S+$", RegexOptions.Multiline)]
    private static partial Regex CopyLine();
}
