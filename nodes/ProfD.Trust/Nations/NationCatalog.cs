using Microsoft.EntityFrameworkCore;
using ProfD.Trust.Data;

namespace ProfD.Trust.Nations;

/// <summary>
/// The nations a new trust starts with: every nation of the demo (GB, AU, UG and the partners GH, FJ, RW) and a broad
/// set beyond. The economy follows the World Bank's high-income list (DEVELOPED) against the rest (DEVELOPING); the
/// trust can change any of them with <c>setNation</c>.
/// </summary>
internal static class NationCatalog
{
    public static IReadOnlyList<Nation> All { get; } =
    [
        .. Developed("Europe", "GB United Kingdom", "IE Ireland", "FR France", "DE Germany", "NL Netherlands", "BE Belgium",
            "ES Spain", "PT Portugal", "IT Italy", "DK Denmark", "SE Sweden", "NO Norway", "FI Finland", "IS Iceland",
            "AT Austria", "CH Switzerland", "PL Poland", "CZ Czechia", "EE Estonia", "GR Greece"),
        .. Developed("Americas", "US United States", "CA Canada", "CL Chile", "UY Uruguay"),
        .. Developed("Asia", "JP Japan", "KR South Korea", "SG Singapore", "IL Israel", "AE United Arab Emirates"),
        .. Developed("Oceania", "AU Australia", "NZ New Zealand"),
        .. Developing("Africa", "UG Uganda", "GH Ghana", "RW Rwanda", "KE Kenya", "TZ Tanzania", "NG Nigeria", "ZA South Africa",
            "ET Ethiopia", "ZM Zambia", "MW Malawi", "SN Senegal", "EG Egypt", "MA Morocco"),
        .. Developing("Asia", "IN India", "BD Bangladesh", "PK Pakistan", "NP Nepal", "LK Sri Lanka", "VN Viet Nam",
            "PH Philippines", "ID Indonesia", "KH Cambodia"),
        .. Developing("Americas", "BR Brazil", "MX Mexico", "CO Colombia", "PE Peru", "JM Jamaica"),
        .. Developing("Oceania", "FJ Fiji", "PG Papua New Guinea", "WS Samoa"),
    ];

    /// <summary>Adds every nation of <see cref="All"/> the database lacks; nations already there keep what the trust set.</summary>
    public static async Task SeedAsync(TrustDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.Set<Nation>().Select(n => n.Code).ToListAsync(cancellationToken);
        var missing = All.Where(n => !known.Contains(n.Code)).ToList();
        if (missing.Count == 0) return;
        db.AddRange(missing.Select(n => new Nation { Code = n.Code, Name = n.Name, Region = n.Region, Economy = n.Economy }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<Nation> Developed(string region, params string[] nations) => Make(region, Economy.Developed, nations);

    private static IEnumerable<Nation> Developing(string region, params string[] nations) => Make(region, Economy.Developing, nations);

    private static IEnumerable<Nation> Make(string region, Economy economy, string[] nations) =>
        nations.Select(n => new Nation { Code = n[..2], Name = n[3..], Region = region, Economy = economy });
}
