using GraphQL.Types;
using ProfD.Node.Exhibitions;

namespace ProfD.Node.Research;

/// <summary>What a research link can point at: a project or an exhibition, at this or another node.</summary>
internal sealed class ResearchLinkTargetGraphType : UnionGraphType
{
    public ResearchLinkTargetGraphType()
    {
        Name = "ResearchLinkTarget";
        Description = "The earlier work a research link names: a research project or an exhibition.";
        Type<ResearchProjectGraphType>();
        Type<ExhibitionGraphType>();
    }
}
