using System.Text.Json.Serialization;
using ProfD.Client.Operations;
using ProfD.Client.Transport;

namespace ProfD.Client;

/// <summary>Source-generated JSON for every operation's variables and result: no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SchoolsVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<SchoolsData>))]
[JsonSerializable(typeof(SchoolVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<SchoolData>))]
[JsonSerializable(typeof(CreateSchoolVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<CreateSchoolData>))]
internal sealed partial class ProfDClientJsonContext : JsonSerializerContext;
