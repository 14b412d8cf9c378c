using ProfD.Node.Exhibitions;
using ProfD.Schema.Identity;

namespace ProfD.Node.Demo;

/// <summary>
/// The demo logins of one institution, one per role, each linked to a demo Teacher whose records show that role:
/// <c>admin@</c>, <c>candidate@</c>, <c>mentor@</c>, <c>adjudicator@</c> and <c>member@{institution}.demo</c>; the first
/// demo institution also has <c>trust-admin@</c>, the person the demo trust makes TRUST_ADMIN.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>The global ID of the demo's trust administrator, for <c>Trust:Identity:Admins</c>.</summary>
    public static string TrustAdminSubject => $"{DemoData.Institutions[0]}:Account:trust-admin";

    public static IReadOnlyList<DemoAccount> For(string institution, string institutionName, TimeProvider time)
    {
        var own = DemoData.Build(institution, time);
        var others = DemoData.Institutions.Where(c => c != institution).Select(c => DemoData.Build(c, time)).ToList();
        var prefix = $"{institution}:Teacher:";
        string? Local(string globalId) => globalId.StartsWith(prefix, StringComparison.Ordinal) ? globalId[prefix.Length..] : null;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        string? Take(IEnumerable<string?> keys)
        {
            var key = keys.FirstOrDefault(k => k is not null && !taken.Contains(k));
            if (key is not null) taken.Add(key);
            return key;
        }

        var candidateTeacher = own.Candidates.ToDictionary(c => c.Id, c => c.TeacherId);
        var candidate = Take(own.Exhibitions.Where(e => e.Status == ExhibitionStatus.Draft).Select(e => candidateTeacher[e.CandidateId])
            .Concat(own.Candidates.Select(c => c.TeacherId)));
        // Mentoring someone at another node shows the federation; a local mentorship will do otherwise.
        var mentor = Take(others.SelectMany(o => o.Mentorships).Select(m => Local(m.MentorId))
            .Concat(own.Mentorships.Select(m => Local(m.MentorId))));
        var adjudicator = Take(others.SelectMany(o => o.Adjudications).Concat(own.Adjudications)
            .SelectMany(a => a.Panel).Select(r => Local(r.AdjudicatorId)));
        // The plainest teacher: not a candidate, with the fewest mentorships and panel seats across the federation.
        var candidates = own.Candidates.Select(c => c.TeacherId).ToHashSet(StringComparer.Ordinal);
        var duties = own.Mentorships.Concat(others.SelectMany(o => o.Mentorships)).Select(m => Local(m.MentorId))
            .Concat(own.Adjudications.Concat(others.SelectMany(o => o.Adjudications)).SelectMany(a => a.Panel).Select(r => Local(r.AdjudicatorId)))
            .OfType<string>()
            .CountBy(key => key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var member = Take(own.Teachers.Where(t => !candidates.Contains(t.Id))
            .OrderBy(t => duties.GetValueOrDefault(t.Id))
            .Select(t => t.Id)
            .Concat(own.Teachers.Select(t => t.Id)));

        var names = own.Teachers.ToDictionary(t => t.Id, t => $"{t.GivenName} {t.FamilyName}");
        string NameOf(string? key, string fallback) => key is not null && names.TryGetValue(key, out var name) ? name : fallback;
        return
        [
            new($"admin@{institution}.demo", $"{institutionName} administrator", FederationAffiliations.Staff, [FederationRoles.InstitutionAdmin], null,
                "institution administrator (INSTITUTION_ADMIN): people, schools, cohorts, panels, final decisions"),
            new($"candidate@{institution}.demo", NameOf(candidate, "Demo candidate"), FederationAffiliations.Student, [], candidate,
                "a candidate with a draft exhibition"),
            new($"mentor@{institution}.demo", NameOf(mentor, "Demo mentor"), FederationAffiliations.Faculty, [], mentor,
                "a mentor (of a candidate at another institution where the demo has one)"),
            new($"adjudicator@{institution}.demo", NameOf(adjudicator, "Demo adjudicator"), FederationAffiliations.Faculty, [], adjudicator,
                "a teacher who sits on an adjudication panel: reads what the panel reads, reports as themselves"),
            new($"member@{institution}.demo", NameOf(member, "Demo member"), FederationAffiliations.Member, [], member,
                "a teacher with no role: a plain member"),
            .. institution == DemoData.Institutions[0]
                ? new DemoAccount[]
                {
                    new($"trust-admin@{institution}.demo", "Trust administrator", FederationAffiliations.Staff, [], null,
                        "the trust's administrator (TRUST_ADMIN at the trust): registry, triangles, accreditation, provocations"),
                }
                : [],
        ];
    }
}
