using ProfD.Cli.Nodes;
using ProfD.Node.Demo;
using ProfD.Node.Schools;

namespace ProfD.Cli.Demo;

/// <summary>The demo's institution nodes: one per institution the demo data knows, each with its own SQLite file.</summary>
internal static class DemoNodes
{
    /// <summary>The institution nodes, on ports <c>--port-base</c> + 1, + 2, …, seeded with demo data.</summary>
    public static IEnumerable<DemoPart> All() =>
        DemoInstitutions.Codes.Select((code, i) => For(DemoInstitutions.For(code), portOffset: i + 1));

    private static DemoPart For(DemoInstitution institution, int portOffset)
    {
        // The first schools are at home, so they say what kind of economy the institution is in.
        var economy = institution.Schools[0].Economy == Economy.Developing ? "developing" : "developed";
        return new DemoPart(
            $"node {institution.Code}",
            $"{institution.Name} ({institution.Nation}, {economy} economy)",
            portOffset,
            site => NodeHost.Build(
                new NodeSettings(institution.Code, site.DataDirectory)
                {
                    Name = institution.Name,
                    Nation = institution.Nation,
                    SeedDemoData = true,
                    // The trust, started after the nodes, is their hub; they fetch its keys at the first token.
                    IdentityHub = new Uri($"http://127.0.0.1:{site.Url.Port - portOffset + DemoTrust.Part.PortOffset}/"),
                    DemoPassword = DemoPassword.ReadOrCreate(site.DataDirectory),
                },
                site.Url.ToString(),
                LogLevel.Warning));
    }
}
