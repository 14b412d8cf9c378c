using ProfD.Node.Access;
using ProfD.Client.Errors;
using ProfD.Client.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using ProfD.Node.Hosting;

namespace ProfD.Client.Tests;

/// <summary>The client against a real node on a real Kestrel port.</summary>
public sealed class ProfDClientAgainstNodeTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "profd-client-tests", Guid.NewGuid().ToString("N"));
    private WebApplication _node = null!;
    private ProfDClient _client = null!;

    public async Task InitializeAsync()
    {
        _node = NodeApplication.Build([], builder =>
        {
            builder.Configuration["Node:Institution"] = "clienttest";
            builder.Configuration["Node:DataDirectory"] = _data;
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            NodeAccessTesting.PermitAll(builder.Services);
        });
        await _node.StartAsync();
        _client = new ProfDClient(new HttpClient(), new ProfDClientOptions { Endpoint = new Uri(new Uri(_node.Urls.First()), "/graphql") });
    }

    public async Task DisposeAsync()
    {
        await _node.StopAsync();
        await _node.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Creates_lists_and_reads_a_school_through_typed_operations()
    {
        var created = (await _client.ExecuteAsync(ProfDOperations.CreateSchool,
            new CreateSchoolVariables(new SchoolInput("St Mary's Primary", "UG", "DEVELOPING", "Jinja")), CancellationToken.None)).GetDataOrThrow().CreateSchool;
        Assert.StartsWith("clienttest:School:", created.Id);

        var page = (await _client.ExecuteAsync(ProfDOperations.Schools, new SchoolsVariables(First: 10, Nation: "UG"), CancellationToken.None)).GetDataOrThrow().Schools;
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(created.Id, Assert.Single(page.Nodes).Id);

        var school = (await _client.ExecuteAsync(ProfDOperations.School, new SchoolVariables(created.Id), CancellationToken.None)).GetDataOrThrow().School;
        Assert.Equal("Jinja", school!.City);
        Assert.Empty(school.Cohorts);
    }

    [Fact]
    public async Task Bad_input_surfaces_as_an_exception_with_the_code_and_field()
    {
        var error = await Assert.ThrowsAsync<ProfDGraphQLException>(() => _client.ExecuteAsync(ProfDOperations.CreateSchool,
            new CreateSchoolVariables(new SchoolInput("Nowhere School", "ZZ", "DEVELOPED")), CancellationToken.None));

        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Equal("input.nation", error.Errors[0].Field);
    }
}
