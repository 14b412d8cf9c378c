using ProfD.Client.Operations;
using ProfD.Client.Transport;

namespace ProfD.Client;

// The operations the web front-end (clients/ProfD.Web) pages are built from.
public static partial class ProfDOperations
{
    /// <summary>A page of the library: hits with their cards' fields, and the facets over every hit.</summary>
    public static GraphQLOperation<WebLibraryVariables, WebLibraryData> WebLibrary { get; } =
        new("WebLibrary", ProfDWebJsonContext.Default.WebLibraryVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebLibraryData);

    /// <summary>An exhibition's page: sections, media, adjudication, award and lineage.</summary>
    public static GraphQLOperation<WebExhibitionVariables, WebExhibitionData> WebExhibition { get; } =
        new("WebExhibition", ProfDWebJsonContext.Default.WebExhibitionVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebExhibitionData);

    /// <summary>Checks an award's credential at its issuing node.</summary>
    public static GraphQLOperation<WebVerifyCredentialVariables, WebVerifyCredentialData> WebVerifyCredential { get; } =
        new("WebVerifyCredential", ProfDWebJsonContext.Default.WebVerifyCredentialVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebVerifyCredentialData);

    /// <summary>A page of triangles with their schools and activity logs.</summary>
    public static GraphQLOperation<WebTrianglesVariables, WebTrianglesData> WebTriangles { get; } =
        new("WebTriangles", ProfDWebJsonContext.Default.WebTrianglesVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebTrianglesData);

    /// <summary>A page of the accredited mentors' directory.</summary>
    public static GraphQLOperation<WebMentorsVariables, WebMentorsData> WebMentors { get; } =
        new("WebMentors", ProfDWebJsonContext.Default.WebMentorsVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebMentorsData);

    /// <summary>The programme's figures and every node's health, for the trust's dashboard.</summary>
    public static GraphQLOperation<WebDashboardVariables, WebDashboardData> WebDashboard { get; } =
        new("WebDashboard", ProfDWebJsonContext.Default.WebDashboardVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebDashboardData);

    /// <summary>Every registered institution's node endpoint, to link to the files it serves.</summary>
    public static GraphQLOperation<WebNodesVariables, WebNodesData> WebNodes { get; } =
        new("WebNodes", ProfDWebJsonContext.Default.WebNodesVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebNodesData);

    /// <summary>The logged-in person's candidacies, projects and exhibitions with their pieces.</summary>
    public static GraphQLOperation<WebMyWorkVariables, WebMyWorkData> WebMyWork { get; } =
        new("WebMyWork", ProfDWebJsonContext.Default.WebMyWorkVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebMyWorkData);

    /// <summary>Adds a piece (an uploaded file) at the end of a draft exhibition.</summary>
    public static GraphQLOperation<WebAddMediaItemVariables, WebAddMediaItemData> WebAddMediaItem { get; } =
        new("WebAddMediaItem", ProfDWebJsonContext.Default.WebAddMediaItemVariables, ProfDWebJsonContext.Default.GraphQLResponseBodyWebAddMediaItemData);
}
