using GraphQL;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ProfD.Node.Access;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Changes;
using ProfD.Node.Cohorts;
using ProfD.Node.Credentials;
using ProfD.Node.Exhibitions;
using ProfD.Node.Graph;
using ProfD.Node.Identity;
using ProfD.Node.Institution;
using ProfD.Node.Media;
using ProfD.Node.Oai;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Schema.Hosting;
using ProfD.Schema.Http;
using ProfD.Schema.Identity;

namespace ProfD.Node.Hosting;

/// <summary>Builds an institution node: what <c>Program.cs</c>, <c>profd node</c>, <c>profd demo</c> and the tests run.</summary>
internal static class NodeApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddNodeServices();
        var app = builder.Build();
        app.MapNodeEndpoints();
        return app;
    }

    public static WebApplicationBuilder AddNodeServices(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton<InstitutionProfile>();
        builder.Services.AddProfDTelemetry(builder.Configuration, $"profd-node-{options.Institution}");
        builder.Services.AddNodeDatabase(options);
        builder.Services.AddNodeAccess(builder.Configuration);
        builder.Services.AddProfDGraphQL<NodeSchema>(builder.Configuration, graphQL => graphQL.UseMiddleware<NodeAccessMiddleware>());
        builder.Services.AddGraphQLHttp(builder.Configuration);
        builder.Services.AddScoped<EntityLoader>();
        builder.Services.AddScoped<NodeLookup>();
        builder.Services.AddScoped<SchoolQueries>().AddScoped<SchoolMutations>();
        builder.Services.AddScoped<TeacherQueries>().AddScoped<TeacherMutations>();
        builder.Services.AddScoped<CohortQueries>().AddScoped<CohortMutations>();
        builder.Services.AddScoped<CandidateQueries>().AddScoped<CandidateMutations>().AddScoped<CandidateProfiles>();
        builder.Services.AddScoped<ResearchProjectQueries>().AddScoped<ResearchProjectMutations>();
        builder.Services.AddScoped<ExhibitionQueries>().AddScoped<ExhibitionMutations>().AddScoped<ExhibitionImporter>().AddScoped<ExhibitionDocuments>()
            .AddScoped<MediaItemMutations>().AddScoped<ShowingMutations>()
            .AddScoped<ExhibitionSubmissionMutations>().AddScoped<ExhibitionPublicationMutations>();
        builder.Services.AddScoped<AdjudicationMutations>().AddScoped<DecisionConfirmation>();
        builder.Services.AddScoped<AwardMutations>();
        builder.Services.AddScoped<MentorshipMutations>();
        builder.Services.AddNodeCredentials();
        builder.Services.AddScoped<ChangeFeedQueries>();
        builder.Services.AddNodeMedia(builder.Configuration);
        builder.Services.AddOaiPmh(builder.Configuration);
        builder.AddNodeIdentity();
        return builder;
    }

    public static WebApplication MapNodeEndpoints(this WebApplication app)
    {
        app.UseFederationAuthentication();
        app.MapGraphQLHttp("/graphql");
        app.MapMedia("/media");
        app.MapOaiPmh("/oai");
        app.MapCredentialEndpoints();
        app.MapNodeIdentity();
        app.MapGet("/health", (InstitutionProfile institution) => Results.Ok(new
        {
            status = "ok",
            institution = institution.Code,
            schemaVersion = InstitutionProfile.SchemaVersion,
        }));
        return app;
    }

    // Read now, not lazily: the database registration depends on them, and a bad value must stop the start with its message.
    private static NodeOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationException(NodeOptions.Section, typeof(NodeOptions), results.Select(r => r.ErrorMessage ?? "invalid"));
        return options;
    }
}
