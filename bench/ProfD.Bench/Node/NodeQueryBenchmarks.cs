using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ProfD.Node.Access;
using ProfD.Node.Candidates;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Hosting;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Bench.Node;

/// <summary>
/// One page of 50 exhibitions with their candidate, teacher, school and media, from a node holding 10,000: read with
/// plain EF Core and serialised (the baseline), and asked through GraphQL over HTTP on a real Kestrel on loopback. The
/// ratio is what GraphQL, its HTTP transport and batch loading cost on top of the same SQL work; the in-process run
/// separates the executer's share from the transport's.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class NodeQueryBenchmarks
{
    private const string Query = """
        { exhibitions(first: 50) { totalCount nodes { id title abstract themes publishedAt
            candidate { stage teacher { displayName school { name nation } } }
            media { kind caption altText } } } }
        """;

    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private string _dataDirectory = null!;
    private byte[] _body = null!;
    private IGraphQLTextSerializer _serializer = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "profd-bench", Guid.NewGuid().ToString("N"));
        _app = NodeApplication.Build([], builder =>
        {
            builder.Configuration["Node:Institution"] = "bench";
            builder.Configuration["Node:DataDirectory"] = _dataDirectory;
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            // This measures serving a query, as before logins existed: the access rules' own cost is not in this number.
            NodeAccessTesting.PermitAll(builder.Services);
        });
        await _app.StartAsync();
        using (var scope = _app.Services.CreateScope())
            await BenchData.SeedAsync(scope.ServiceProvider.GetRequiredService<NodeDbContext>());
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        _body = JsonSerializer.SerializeToUtf8Bytes(new { query = Query });
        _serializer = _app.Services.GetRequiredService<IGraphQLTextSerializer>();
        var check = await GraphQLOverHttp();
        if (check < 10_000) throw new InvalidOperationException("The GraphQL answer is too small: the query failed.");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "EF Core, same rows, serialised")]
    public async Task<int> PlainEfCore()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NodeDbContext>();
        var total = await db.Set<Exhibition>().CountAsync();
        var page = await db.Set<Exhibition>().AsNoTracking()
            .OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id).Take(50).ToListAsync();
        var candidateKeys = page.Select(e => e.CandidateId).Distinct().ToList();
        var candidates = await db.Set<Candidate>().AsNoTracking().Where(c => candidateKeys.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var teacherKeys = candidates.Values.Select(c => c.TeacherId).Distinct().ToList();
        var teachers = await db.Set<Teacher>().AsNoTracking().Where(t => teacherKeys.Contains(t.Id)).ToDictionaryAsync(t => t.Id);
        var schoolKeys = teachers.Values.Select(t => t.SchoolId).Distinct().ToList();
        var schools = await db.Set<School>().AsNoTracking().Where(s => schoolKeys.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var pageKeys = page.Select(e => e.Id).ToList();
        var media = (await db.Set<MediaItem>().AsNoTracking().Where(m => pageKeys.Contains(m.ExhibitionId)).ToListAsync())
            .GroupBy(m => m.ExhibitionId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Position).ToList());

        var shaped = new
        {
            data = new
            {
                exhibitions = new
                {
                    totalCount = total,
                    nodes = page.Select(e =>
                    {
                        var candidate = candidates[e.CandidateId];
                        var teacher = teachers[candidate.TeacherId];
                        var school = schools[teacher.SchoolId];
                        return new
                        {
                            id = $"bench:Exhibition:{e.Id}", title = e.Title, @abstract = e.Abstract, themes = e.Themes, publishedAt = e.PublishedAt,
                            candidate = new { stage = candidate.Stage.ToString().ToUpperInvariant(), teacher = new { displayName = $"{teacher.GivenName} {teacher.FamilyName}", school = new { name = school.Name, nation = school.Nation } } },
                            media = media.GetValueOrDefault(e.Id, []).Select(m => new { kind = m.Kind.ToString().ToUpperInvariant(), caption = m.Caption, altText = m.AltText }),
                        };
                    }),
                },
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(shaped).Length;
    }

    [Benchmark(Description = "GraphQL executer in process, serialised")]
    public async Task<int> GraphQLInProcess()
    {
        using var scope = _app.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions { Query = Query, RequestServices = scope.ServiceProvider });
        return _serializer.Serialize(result).Length;
    }

    [Benchmark(Description = "GraphQL over HTTP (Kestrel, loopback)")]
    public async Task<int> GraphQLOverHttp()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new("application/json");
        using var response = await _http.PostAsync("/graphql", content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return bytes.Length;
    }
}
