using ProfD.Client.Operations;
using ProfD.Client.Transport;

namespace ProfD.Client;

/// <summary>Every operation the client knows, each backed by <c>Operations/{Name}.graphql</c>.</summary>
public static partial class ProfDOperations
{
    /// <summary>A page of schools across every node, ordered by name.</summary>
    public static GraphQLOperation<SchoolsVariables, SchoolsData> Schools { get; } =
        new("Schools", ProfDClientJsonContext.Default.SchoolsVariables, ProfDClientJsonContext.Default.GraphQLResponseBodySchoolsData);

    /// <summary>One school by global ID, with its cohorts.</summary>
    public static GraphQLOperation<SchoolVariables, SchoolData> School { get; } =
        new("School", ProfDClientJsonContext.Default.SchoolVariables, ProfDClientJsonContext.Default.GraphQLResponseBodySchoolData);

    /// <summary>Adds a school at the node the request is sent to.</summary>
    public static GraphQLOperation<CreateSchoolVariables, CreateSchoolData> CreateSchool { get; } =
        new("CreateSchool", ProfDClientJsonContext.Default.CreateSchoolVariables, ProfDClientJsonContext.Default.GraphQLResponseBodyCreateSchoolData);
}
