using System.Net.Http.Json;
using System.Text.Json;
using ProfD.Trust.Community;
using ProfD.Trust.Registry;
using ProfD.Trust.Tests.Infrastructure;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Tests.Access;

/// <summary>
/// A trust with its access rules on, callers described by <see cref="TestCallerAuthentication"/>, and just enough data
/// for the rules that look things up: two active institutions, a triangle with a north school, and a GLOBAL space
/// facilitated by the space facilitator of <see cref="Callers"/> with one thread and post, and a north COHORT space.
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    public const string Triangle = "trust:Triangle:TRI1";
    public const string Space = "trust:CommunitySpace:SPACE1";
    public const string Thread = "trust:CommunityThread:THREAD1";
    public const string Post = "trust:CommunityPost:POST1";

    private readonly HttpClient http = new();

    public TrustHost Trust { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Trust = await TrustHost.StartAsync(access: TestCallerAuthentication.Add);
        await Trust.WithDatabaseAsync(async db =>
        {
            var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            // Port 9 (discard) refuses at once: the dashboard's live node figures fail fast.
            foreach (var code in new[] { "north", "east" })
                db.Add(new Institution { Code = code, Name = code, Nation = "GB", Endpoint = $"http://127.0.0.1:9/{code}/graphql", Status = InstitutionStatus.Active, JoinedAt = now, UpdatedAt = now });
            db.Add(new Triangle
            {
                Id = "TRI1", Name = "North-East-South", Status = TriangleStatus.Active, FormedAt = now, UpdatedAt = now,
                Schools = [new() { TriangleId = "TRI1", SchoolId = "north:School:GB1", Position = 0 }, new() { TriangleId = "TRI1", SchoolId = "east:School:UG1", Position = 1 }, new() { TriangleId = "TRI1", SchoolId = "south:School:AU1", Position = 2 }],
            });
            db.Add(new CommunitySpace { Id = "SPACE1", Kind = SpaceKind.Global, Name = "Staffroom", CreatedAt = now });
            db.Add(new SpaceFacilitator { SpaceId = "SPACE1", PersonId = Callers.SpaceFacilitatorId, NamedAt = now });
            db.Add(new CommunitySpace { Id = "COHORT1", Kind = SpaceKind.Cohort, Name = "North cohort", Scope = "north:Cohort:C1", CreatedAt = now });
            db.Add(new SpaceFacilitator { SpaceId = "COHORT1", PersonId = Callers.SpaceFacilitatorId, NamedAt = now });
            db.Add(new CommunityThread { Id = "THREAD1", SpaceId = "SPACE1", Title = "Hello", AuthorId = Callers.SpaceFacilitatorId, CreatedAt = now, LastPostAt = now });
            db.Add(new CommunityPost { Id = "POST1", ThreadId = "THREAD1", AuthorId = Callers.SpaceFacilitatorId, Markdown = "Hi", Html = "<p>Hi</p>", CreatedAt = now });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>POSTs <paramref name="query"/> as <paramref name="caller"/> (a <see cref="TestCallerAuthentication"/> header; null: anonymous).</summary>
    public async Task<JsonElement> AsAsync(string? caller, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Trust.Endpoint) { Content = JsonContent.Create(new { query, variables }) };
        if (caller is not null) request.Headers.Add(TestCallerAuthentication.Header, caller);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// FORBIDDEN or UNAUTHENTICATED if the response has such an error; the code of a request that never ran (parse or
    /// validation failed) or crashed (INTERNAL), so a broken operation cannot pass as allowed; otherwise "allowed".
    /// </summary>
    public static string Verdict(JsonElement body)
    {
        if (!body.TryGetProperty("errors", out var errors)) return Allowed;
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            if (code is "FORBIDDEN" or "UNAUTHENTICATED" or "GRAPHQL_PARSE_FAILED" or "GRAPHQL_VALIDATION_FAILED" or "INTERNAL") return code;
        }
        return Allowed;
    }

    public const string Allowed = "allowed";

    public async Task DisposeAsync()
    {
        http.Dispose();
        await Trust.DisposeAsync();
    }
}
