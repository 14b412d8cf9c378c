using ProfD.Node.Tests.Infrastructure;
using ProfD.Node.Candidates;
using ProfD.Node.Demo;
using ProfD.Node.Exhibitions;
using ProfD.Node.Schools;
using ProfD.Schema.Ids;

namespace ProfD.Node.Tests.Demo;

/// <summary>The demo data, built without a database: deterministic, realistic in shape, and joined up across nodes.</summary>
public sealed class DemoDataTests
{
    private static readonly TimeProvider Now = new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void KeyOf_is_deterministic_a_valid_key_and_different_per_institution_type_and_index()
    {
        var key = DemoData.KeyOf("uclioe", "ResearchProject", 3);

        Assert.Equal(key, DemoData.KeyOf("uclioe", "ResearchProject", 3));
        Assert.Equal(26, key.Length);
        Assert.Equal($"uclioe:ResearchProject:{key}", GlobalId.Create("uclioe", "ResearchProject", key).ToString());
        Assert.NotEqual(key, DemoData.KeyOf("unimelb", "ResearchProject", 3));
        Assert.NotEqual(key, DemoData.KeyOf("uclioe", "Exhibition", 3));
        Assert.NotEqual(key, DemoData.KeyOf("uclioe", "ResearchProject", 4));
    }

    [Fact]
    public void Keys_sort_in_index_order()
    {
        var keys = Enumerable.Range(0, 50).Select(i => DemoData.KeyOf("makerere", "Teacher", i)).ToList();

        Assert.Equal(keys, keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("uclioe")]
    [InlineData("unimelb")]
    [InlineData("makerere")]
    [InlineData("edinburgh")]
    public void Building_twice_gives_the_same_rows(string institution)
    {
        var first = DemoData.Build(institution, Now);
        var second = DemoData.Build(institution, Now);

        Assert.Equal(first.Teachers.Select(t => (t.Id, t.Email)), second.Teachers.Select(t => (t.Id, t.Email)));
        Assert.Equal(first.Projects.Select(p => (p.Id, p.Title)), second.Projects.Select(p => (p.Id, p.Title)));
        Assert.Equal(first.Projects.SelectMany(p => p.BuildsOn).Select(l => l.TargetId), second.Projects.SelectMany(p => p.BuildsOn).Select(l => l.TargetId));
    }

    [Theory]
    [InlineData("uclioe", "GB", "Developed", "UCL Institute of Education")]
    [InlineData("unimelb", "AU", "Developed", "University of Melbourne")]
    [InlineData("makerere", "UG", "Developing", "Makerere University")]
    public void Demo_institutions_have_their_own_schools_mostly_at_home(string institution, string nation, string economyName, string name)
    {
        var economy = Enum.Parse<Economy>(economyName);
        var data = DemoData.Build(institution, Now);

        Assert.Equal(DemoShape.SchoolCount, data.Schools.Count);
        Assert.Equal(5, data.Schools.Count(s => s.Nation == nation && s.Economy == economy));
        Assert.Single(data.Schools, s => s.Nation != nation);
        Assert.StartsWith(name, data.Cohorts[0].Name, StringComparison.Ordinal);
        Assert.Equal(data.Schools.Count, data.Schools.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void Another_code_gets_generated_schools_and_people()
    {
        var data = DemoData.Build("edinburgh", Now);

        Assert.Equal(DemoShape.SchoolCount, data.Schools.Count);
        Assert.Equal(DemoShape.TeacherCount, data.Teachers.Count);
        Assert.Equal(data.Schools.Count, data.Schools.Select(s => s.Name).Distinct().Count());
        Assert.All(data.Mentorships, m => Assert.True(GlobalId.TryParse(m.MentorId, out _)));
    }

    [Theory]
    [InlineData("uclioe")]
    [InlineData("unimelb")]
    [InlineData("makerere")]
    [InlineData("edinburgh")]
    public void Every_stage_and_every_exhibition_status_is_shown(string institution)
    {
        var data = DemoData.Build(institution, Now);

        Assert.Equal(Enum.GetValues<CandidateStage>().Order(), data.Candidates.Select(c => c.Stage).Distinct().Order());
        Assert.Equal(Enum.GetValues<ExhibitionStatus>().Order(), data.Exhibitions.Select(e => e.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<MediaKind>().Order(), data.Exhibitions.SelectMany(e => e.Media).Select(m => m.Kind).Distinct().Order());
        Assert.Equal(data.Candidates.Count(c => c.Stage == CandidateStage.Awarded), data.Awards.Count);
    }

    [Fact]
    public void Teachers_have_realistic_unique_emails_languages_and_subjects()
    {
        var data = DemoData.Build("makerere", Now);

        Assert.Equal(DemoShape.TeacherCount, data.Teachers.Select(t => t.Email).Distinct().Count());
        Assert.All(data.Teachers, t =>
        {
            Assert.Matches("^[a-z]+\\.[a-z]+@[a-z0-9.-]+$", t.Email);
            Assert.Contains("en", t.Languages);
            Assert.Equal(2, t.Subjects.Count);
        });
        Assert.Contains(data.Teachers, t => t.Languages.Contains("lg"));
    }

    [Fact]
    public void Projects_draw_on_the_shared_themes_and_concluded_ones_have_findings()
    {
        var data = DemoData.Build("uclioe", Now);

        Assert.All(data.Projects, p => Assert.All(p.Themes, t => Assert.Contains(t, DemoThemes.All)));
        Assert.All(data.Projects.Where(p => p.Status == ProfD.Node.Research.ProjectStatus.Concluded), p => Assert.NotNull(p.Findings));
        Assert.Equal(data.Projects.Count, data.Projects.Select(p => p.Title).Distinct().Count());
    }

    [Theory]
    [InlineData("uclioe")]
    [InlineData("unimelb")]
    [InlineData("makerere")]
    public void Projects_build_on_projects_and_exhibitions_at_both_other_demo_nodes(string institution)
    {
        var data = DemoData.Build(institution, Now);
        var targets = data.Projects.SelectMany(p => p.BuildsOn).Select(l => GlobalId.Parse(l.TargetId)).ToList();

        var otherNodes = targets.Where(t => t.Institution != institution).Select(t => t.Institution).Distinct().Order();
        Assert.Equal(DemoData.Institutions.Where(i => i != institution).Order(), otherNodes);
        Assert.Contains(targets, t => t.Type == "Exhibition");
        Assert.Contains(targets, t => t.Institution == institution);
    }

    [Fact]
    public void Local_mentors_teach_at_another_school_and_some_mentors_are_at_other_nodes()
    {
        var data = DemoData.Build("unimelb", Now);
        var schoolOf = data.Teachers.ToDictionary(t => t.Id, t => t.SchoolId);

        foreach (var mentorship in data.Mentorships)
        {
            var mentor = GlobalId.Parse(mentorship.MentorId, expectedType: "Teacher");
            if (mentor.Institution != "unimelb") continue;
            var candidate = data.Candidates.Single(c => c.Id == mentorship.CandidateId);
            Assert.NotEqual(schoolOf[candidate.TeacherId], schoolOf[mentor.Key]);
            Assert.DoesNotContain(data.Candidates, c => c.TeacherId == mentor.Key);
        }
        Assert.Contains(data.Mentorships, m => !m.MentorId.StartsWith("unimelb:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_panel_has_an_adjudicator_from_another_node_and_none_is_the_candidate()
    {
        var data = DemoData.Build("makerere", Now);

        Assert.All(data.Adjudications, a =>
        {
            Assert.Contains(a.Panel, r => !r.AdjudicatorId.StartsWith("makerere:", StringComparison.Ordinal));
            var candidate = data.Candidates.Single(c => c.Id == data.Exhibitions.Single(e => e.Id == a.ExhibitionId).CandidateId);
            Assert.DoesNotContain(a.Panel, r => r.AdjudicatorId == $"makerere:Teacher:{candidate.TeacherId}");
        });
    }

    [Fact]
    public void Dates_are_utc_and_never_after_the_clock()
    {
        var early = new FixedTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var data = DemoData.Build("uclioe", early);

        var dates = data.Exhibitions.SelectMany(e => new[] { e.CreatedAt, e.UpdatedAt }.Concat(e.Versions.Select(v => v.SubmittedAt ?? v.CreatedAt)))
            .Concat(data.Awards.Select(a => a.AwardedAt))
            .Concat(data.Candidates.Select(c => c.UpdatedAt));
        Assert.All(dates, d =>
        {
            Assert.Equal(DateTimeKind.Utc, d.Kind);
            Assert.True(d <= early.GetUtcNow().UtcDateTime);
        });
    }

    [Fact]
    public void Drafts_show_a_video_still_waiting_for_consent_and_submitted_media_all_have_consent()
    {
        var data = DemoData.Build("uclioe", Now);

        Assert.Contains(data.Exhibitions.Where(e => e.Status == ExhibitionStatus.Draft).SelectMany(e => e.Media), m => m.ShowsPupils && !m.ConsentRecorded);
        Assert.All(data.Exhibitions.Where(e => e.Status != ExhibitionStatus.Draft).SelectMany(e => e.Media), m => Assert.True(!m.ShowsPupils || m.ConsentRecorded));
        Assert.All(data.Exhibitions.SelectMany(e => e.Media).Where(m => m.Kind == MediaKind.Image), m => Assert.False(string.IsNullOrEmpty(m.AltText)));
    }

    [Theory]
    [InlineData("uclioe")]
    [InlineData("makerere")]
    public void Every_exhibition_past_its_first_draft_meets_the_submission_rules_and_its_frozen_versions_are_in_the_common_format(string institution)
    {
        var data = DemoData.Build(institution, Now);

        foreach (var exhibition in data.Exhibitions.Where(e => e.Versions.Any(v => v.SubmittedAt is not null)))
        {
            Assert.Empty(ExhibitionSubmissionRules.Check(exhibition, exhibition.Sections, exhibition.Media, m => m.Id));
            foreach (var version in exhibition.Versions.Where(v => v.SubmittedAt is not null))
            {
                var document = ProfD.Schema.Exhibitions.ExhibitionFormat.Deserialize(version.Content!);
                Assert.Equal(version.Number, document.Version);
                Assert.Equal($"{institution}:Exhibition:{exhibition.Id}", document.Id);
                Assert.Equal(exhibition.Sections.Count, document.Sections.Count);
                Assert.False(string.IsNullOrEmpty(document.Author?.Name));
            }
        }
        Assert.Equal(data.Exhibitions.Count, data.Exhibitions.Count(e => e.Sections.Count > 0 && e.ResearchQuestion is not null));
    }

    [Fact]
    public void Every_path_through_adjudication_is_shown()
    {
        var data = DemoData.Build("unimelb", Now);

        var phases = data.Adjudications.Select(a => ProfD.Node.Adjudications.AdjudicationStateMachine.PhaseOf(a)).Distinct().Order();
        Assert.Equal(Enum.GetValues<ProfD.Node.Adjudications.AdjudicationPhase>().Order(), phases);
        var decisions = data.Adjudications.Where(a => a.FinalDecision is not null).Select(a => a.FinalDecision!.Value).Distinct().Order();
        Assert.Equal([ProfD.Node.Adjudications.Recommendation.Pass, ProfD.Node.Adjudications.Recommendation.Resubmit, ProfD.Node.Adjudications.Recommendation.Fail], decisions);
        Assert.Contains(data.Adjudications, a => a.CorrectedVersion == 2 && a.CorrectionsSignedOffAt is not null);
        // A pass means an award; a fail or a resubmission does not.
        Assert.All(data.Adjudications.Where(a => a.FinalDecision is not null), a =>
            Assert.Equal(a.FinalDecision == ProfD.Node.Adjudications.Recommendation.Pass, data.Awards.Any(w => w.ExhibitionId == a.ExhibitionId)));
        Assert.Contains(data.Exhibitions, e => e.Status == ExhibitionStatus.Draft && e.CurrentVersion == 2);
    }

    [Fact]
    public void Mentors_keep_public_profiles_and_comment_on_work_in_progress_and_published_work_has_showings()
    {
        var data = DemoData.Build("uclioe", Now);

        var localMentors = data.Mentorships.Select(m => GlobalId.Parse(m.MentorId)).Where(m => m.Institution == "uclioe").Select(m => m.Key).ToHashSet();
        Assert.All(data.Teachers.Where(t => localMentors.Contains(t.Id)), t => Assert.True(t.OffersMentoring && t.MentorCapacity > 0 && t.Bio is not null));
        Assert.Contains(data.MentorComments, c => c.ProjectId is not null);
        Assert.Contains(data.MentorComments, c => c.ExhibitionId is not null);
        Assert.All(data.MentorComments.Where(c => c.ExhibitionId is not null), c =>
        {
            var exhibition = data.Exhibitions.Single(e => e.Id == c.ExhibitionId);
            Assert.Null(exhibition.Versions.Single(v => v.Number == c.ExhibitionVersion).SubmittedAt);
        });
        Assert.All(data.Exhibitions.Where(e => e.Status == ExhibitionStatus.Published), e => Assert.NotEmpty(e.Showings));
        Assert.Contains(data.Exhibitions.SelectMany(e => e.Showings), s => !s.SchoolId.StartsWith("uclioe:", StringComparison.Ordinal));
        Assert.All(data.Projects.Where(p => p.Status != ProfD.Node.Research.ProjectStatus.Draft), p => Assert.Single(p.ProvocationIds));
    }
}
