using GraphQL.DataLoader;
using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;
using ProfD.Schema.Ids;
using ProfD.Schema.Loading;

namespace ProfD.Node.Graph;

/// <summary>Resolves <c>node(id:)</c>: the type segment of the ID says which table to look in.</summary>
internal sealed class NodeLookup(EntityLoader load)
{
    public IDataLoaderResult Find(string id) => GlobalId.Parse(id).Type switch
    {
        "School" => load.Lookup<School>(id, "School"),
        "Teacher" => load.Lookup<Teacher>(id, "Teacher"),
        "Cohort" => load.Lookup<Cohort>(id, "Cohort"),
        "Candidate" => load.Lookup<Candidate>(id, "Candidate"),
        "ResearchProject" => load.Lookup<ResearchProject>(id, "ResearchProject"),
        "Exhibition" => load.Lookup<Exhibition>(id, "Exhibition"),
        "Adjudication" => load.Lookup<Adjudication>(id, "Adjudication"),
        "Award" => load.Lookup<Award>(id, "Award"),
        "Mentorship" => load.Lookup<Mentorship>(id, "Mentorship"),
        _ => new LoadedResult<object?>(null),
    };
}
