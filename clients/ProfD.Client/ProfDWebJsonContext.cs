using System.Text.Json.Serialization;
using ProfD.Client.Operations;
using ProfD.Client.Transport;

namespace ProfD.Client;

/// <summary>Source-generated JSON for the web front-end's operations (kept apart from <see cref="ProfDClientJsonContext"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebLibraryVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebLibraryData>))]
[JsonSerializable(typeof(WebExhibitionVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebExhibitionData>))]
[JsonSerializable(typeof(WebVerifyCredentialVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebVerifyCredentialData>))]
[JsonSerializable(typeof(WebTrianglesVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebTrianglesData>))]
[JsonSerializable(typeof(WebMentorsVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebMentorsData>))]
[JsonSerializable(typeof(WebDashboardVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebDashboardData>))]
[JsonSerializable(typeof(WebNodesVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebNodesData>))]
[JsonSerializable(typeof(WebMyWorkVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebMyWorkData>))]
[JsonSerializable(typeof(WebAddMediaItemVariables))]
[JsonSerializable(typeof(GraphQLResponseBody<WebAddMediaItemData>))]
internal sealed partial class ProfDWebJsonContext : JsonSerializerContext;
