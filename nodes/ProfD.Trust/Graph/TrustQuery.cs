using GraphQL.Types;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Community;
using ProfD.Trust.Dashboard;
using ProfD.Trust.Library;
using ProfD.Trust.Nations;
using ProfD.Trust.Provocations;
using ProfD.Trust.Registry;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Graph;

/// <summary>
/// The trust's root query: each feature adds its own. No field shares a name with the node's root fields (there is no
/// <c>institution</c> or <c>node</c> here), so the gateway can compose both.
/// </summary>
internal sealed class TrustQuery : ObjectGraphType
{
    public TrustQuery()
    {
        Name = "Query";
        this.AddRegistryQueries();
        this.AddNationQueries();
        this.AddSchoolDirectoryQueries();
        this.AddTriangleQueries();
        this.AddAccreditationQueries();
        this.AddLibraryQueries();
        this.AddProvocationQueries();
        this.AddCommunityQueries();
        this.AddDashboardQueries();
    }
}
