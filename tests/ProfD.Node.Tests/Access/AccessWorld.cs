using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Schema.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Access;

/// <summary>
/// A node with its rules on and one of everything: a candidate (PC) with a project, a draft (ED), an exhibition under
/// adjudication (ES) by a panel of two adjudicators from another node, and a mentor at another node; another candidate
/// (P2) with a published, awarded exhibition (EP).
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    public const string Institution = "home";
    public const string CandidateTeacher = "home:Teacher:PC";
    public const string Member = "home:Teacher:PM";
    public const string Admin = "home:Teacher:PA";
    public const string Mentor = "away:Teacher:MENTOR";
    public const string Adjudicator = "away:Teacher:ADJ1";
    public const string SecondAdjudicator = "away:Teacher:ADJ2";
    public const string OtherAdjudicator = "away:Teacher:ADJ9";

    private static readonly DateTime At = new(2025, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    public NodeAppFactory Node { get; } = new(Institution)
    {
        RealAccessRules = true,
        ConfigureServices = services => services.AddAuthentication(TestCallerAuthentication.Name)
            .AddScheme<AuthenticationSchemeOptions, TestCallerAuthentication>(TestCallerAuthentication.Name, null),
    };

    public static string Id(string type, string key) => $"{Institution}:{type}:{key}";

    public async Task InitializeAsync()
    {
        Node.CreateClient().Dispose();
        await Node.WithDatabaseAsync(async db =>
        {
            db.Add(new School { Id = "S1", Name = "School one", Nation = "GB", Economy = Economy.Developed, CreatedAt = At, UpdatedAt = At });
            foreach (var key in new[] { "PC", "PM", "PA", "P2" })
                db.Add(new Teacher { Id = key, GivenName = "Ada", FamilyName = key, Email = $"{key.ToLowerInvariant()}@example.org", SchoolId = "S1", CreatedAt = At, UpdatedAt = At });
            db.Add(new Cohort { Id = "C1", Name = "Cohort one", IntakeYear = 2029, Stage = CohortStage.Exhibiting, Schools = [new CohortSchool { CohortId = "C1", SchoolId = "S1" }], CreatedAt = At, UpdatedAt = At });
            db.Add(new Candidate { Id = "K1", TeacherId = "PC", CohortId = "C1", Stage = CandidateStage.Exhibiting, EnrolledAt = At, CreatedAt = At, UpdatedAt = At });
            db.Add(new Candidate { Id = "K2", TeacherId = "P2", CohortId = "C1", Stage = CandidateStage.Awarded, EnrolledAt = At, CreatedAt = At, UpdatedAt = At });
            db.Add(new ResearchProject { Id = "R1", CandidateId = "K1", Title = "Project one", Question = "Does talk help?", Status = ProjectStatus.Active, CreatedAt = At, UpdatedAt = At });
            db.Add(Exhibition("ED", "K1", ExhibitionStatus.Draft));
            db.Add(Exhibition("ES", "K1", ExhibitionStatus.UnderAdjudication));
            db.Add(new ResearchProject { Id = "R2", CandidateId = "K2", Title = "Project two", Question = "Does play help?", Findings = "It does.", Status = ProjectStatus.Concluded, CreatedAt = At, UpdatedAt = At });
            db.Add(Exhibition("EP", "K2", ExhibitionStatus.Published, project: "R2"));
            db.Add(new MediaItem { Id = "MI1", ExhibitionId = "ED", Position = 1, Kind = MediaKind.Text, Caption = "One", CreatedAt = At });
            db.Add(new MediaItem { Id = "MI2", ExhibitionId = "ED", Position = 2, Kind = MediaKind.Text, Caption = "Two", CreatedAt = At });
            db.Add(new ExhibitionShowing { Id = "SH1", ExhibitionId = "ED", SchoolId = "S1", HeldOn = new DateOnly(2030, 1, 2), Venue = "Hall", Audience = ShowingAudience.Staff, CreatedAt = At });
            db.Add(new Adjudication
            {
                Id = "A1", ExhibitionId = "ES", ExhibitionVersion = 1, CreatedAt = At, UpdatedAt = At,
                Panel = [new AdjudicatorReport { Id = "AR1", AdjudicationId = "A1", AdjudicatorId = Adjudicator }, new AdjudicatorReport { Id = "AR2", AdjudicationId = "A1", AdjudicatorId = SecondAdjudicator }],
            });
            db.Add(new Award { Id = "W1", CandidateId = "K2", ExhibitionId = "EP", Title = "Prof.D", AwardedAt = At });
            db.Add(new Mentorship { Id = "M1", CandidateId = "K1", MentorId = Mentor, StartedAt = At });
            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        Node.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>POSTs a GraphQL request as <paramref name="caller"/>; the whole response body.</summary>
    public async Task<JsonElement> GraphQLAsync(Caller caller, string query, object? variables = null)
    {
        using var client = ClientAs(caller);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A client that calls as <paramref name="caller"/>.</summary>
    public HttpClient ClientAs(Caller caller)
    {
        var client = Node.CreateClient();
        if (Callers.Header(caller) is { } header) client.DefaultRequestHeaders.Add(TestCallerAuthentication.Header, header);
        return client;
    }

    private static Exhibition Exhibition(string key, string candidate, ExhibitionStatus status, string? project = null) => new()
    {
        Id = key, CandidateId = candidate, ProjectId = project, Title = $"Exhibition {key}", Abstract = "", Status = status, CreatedAt = At, UpdatedAt = At,
        PublishedAt = status == ExhibitionStatus.Published ? At : null,
        Versions = [new ExhibitionVersion { Id = $"V{key}", ExhibitionId = key, Number = 1, CreatedAt = At, SubmittedAt = status == ExhibitionStatus.Draft ? null : At }],
    };
}
