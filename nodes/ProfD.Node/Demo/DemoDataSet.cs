using ProfD.Node.Adjudications;
using ProfD.Node.Awards;
using ProfD.Node.Candidates;
using ProfD.Node.Cohorts;
using ProfD.Node.Exhibitions;
using ProfD.Node.Mentorships;
using ProfD.Node.Research;
using ProfD.Node.Schools;
using ProfD.Node.Teachers;

namespace ProfD.Node.Demo;

/// <summary>
/// The demo rows of one node. Cohorts carry their school links, projects their links, exhibitions their sections, media,
/// showings and versions, adjudications their panel reports. Awards carry no credential until
/// <see cref="DemoData.SeedAsync"/> signs them with the node's key.
/// </summary>
internal sealed record DemoDataSet(
    IReadOnlyList<School> Schools,
    IReadOnlyList<Teacher> Teachers,
    IReadOnlyList<Cohort> Cohorts,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<ResearchProject> Projects,
    IReadOnlyList<Exhibition> Exhibitions,
    IReadOnlyList<Adjudication> Adjudications,
    IReadOnlyList<Award> Awards,
    IReadOnlyList<Mentorship> Mentorships,
    IReadOnlyList<MentorComment> MentorComments);
