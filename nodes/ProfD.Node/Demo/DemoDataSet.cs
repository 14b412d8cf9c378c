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
/// The demo rows of one node. Cohorts carry their school links, projects their links, exhibitions their media and
/// versions, adjudications their panel reports.
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
    IReadOnlyList<Mentorship> Mentorships);
