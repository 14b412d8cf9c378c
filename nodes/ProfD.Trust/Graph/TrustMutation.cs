using GraphQL.Types;
using ProfD.Trust.Accreditation;
using ProfD.Trust.Community;
using ProfD.Trust.Nations;
using ProfD.Trust.Provocations;
using ProfD.Trust.Registry;
using ProfD.Trust.Triangles;

namespace ProfD.Trust.Graph;

/// <summary>The trust's root mutation: each feature adds its own.</summary>
internal sealed class TrustMutation : ObjectGraphType
{
    public TrustMutation()
    {
        Name = "Mutation";
        this.AddRegistryMutations();
        this.AddNationMutations();
        this.AddTriangleMutations();
        this.AddAccreditationMutations();
        this.AddProvocationMutations();
        this.AddCommunityMutations();
    }
}
