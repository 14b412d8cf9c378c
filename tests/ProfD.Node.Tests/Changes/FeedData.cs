using Microsoft.EntityFrameworkCore;
using ProfD.Node.Changes;
using ProfD.Node.Data;
using ProfD.Node.Exhibitions;
using ProfD.Node.Tests.Infrastructure;

namespace ProfD.Node.Tests.Changes;

/// <summary>Rows for the change feed tests, written through the context like any feature writes them.</summary>
internal static class FeedData
{
    public static readonly DateTime At = new(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A school, teacher, cohort and candidate (<see cref="TestData.SeedTreeAsync"/>, keys ending in
    /// <paramref name="prefix"/>00000) and a DRAFT exhibition <c>E{prefix}00000</c> of that candidate.
    /// </summary>
    public static async Task<string> SeedDraftExhibitionAsync(NodeDbContext db, string prefix = "F", IReadOnlyList<string>? themes = null)
    {
        await TestData.SeedTreeAsync(db, 1, prefix);
        var key = $"E{prefix}00000";
        db.Exhibitions.Add(new Exhibition
        {
            Id = key,
            CandidateId = $"K{prefix}00000",
            ProjectId = $"R{prefix}00000",
            Title = $"Talk before writing {prefix}",
            Abstract = "Pairs rehearse aloud, then write.",
            Status = ExhibitionStatus.Draft,
            Themes = [.. themes ?? ["oracy"]],
            Languages = ["en"],
            CreatedAt = At,
            UpdatedAt = At,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Sets the status of exhibition <paramref name="key"/> and saves, as the workflow code does.</summary>
    public static async Task SetStatusAsync(NodeDbContext db, string key, ExhibitionStatus status)
    {
        var exhibition = await db.Exhibitions.SingleAsync(e => e.Id == key);
        exhibition.Status = status;
        if (status == ExhibitionStatus.Published) exhibition.PublishedAt ??= At.AddDays(1);
        await db.SaveChangesAsync();
    }

    /// <summary>The whole feed, in order.</summary>
    public static Task<List<ChangeRecord>> FeedAsync(NodeDbContext db) =>
        db.ChangeRecords.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync();
}
